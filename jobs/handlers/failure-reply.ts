import { describeArmError } from '../../src/azure/arm-error.ts';
import { isMissingRegistration, registrationAdvice } from '../../src/azure/missing-registration.ts';
import { type Locale, t } from '../../src/replies/catalog/index.ts';
import type { Reply, ReplyField } from '../../src/replies/reply.ts';

/**
 * The final reply for a command that failed: ARM code, message and details, nothing else — plus
 * what to do when the code has a known remedy (MissingSubscriptionRegistration → the three
 * `az provider register` commands). Our own refusals (no ARM code) show just their sentence (handlers
 * write it in the reader's language when they throw); ARM's code and message stay Azure's words.
 */
export function failureReply(display: string, error: unknown, locale: Locale = 'en'): Reply {
  const info = describeArmError(error);
  const fields: ReplyField[] = [];
  const fromArm = info.code !== 'Error' || info.statusCode !== undefined;
  if (fromArm) fields.push({ label: t(locale, 'handler.field.error'), value: info.code });
  if (info.statusCode) fields.push({ label: t(locale, 'handler.field.httpStatus'), value: String(info.statusCode) });
  const missingRegistration =
    isMissingRegistration(info.code) || info.details.some((detail) => isMissingRegistration(detail.code));
  return {
    title: display,
    status: 'failed',
    text: missingRegistration ? `${info.message}\n${registrationAdvice(locale)}` : info.message,
    fields: fields.length ? fields : undefined,
    tables: info.details.length
      ? [
          {
            title: t(locale, 'handler.table.details'),
            columns: [t(locale, 'handler.column.code'), t(locale, 'handler.column.messageText')],
            rows: info.details.map((d) => [d.code, d.message]),
          },
        ]
      : undefined,
  };
}
