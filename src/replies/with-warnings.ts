import type { CommandWarning } from '../commands/command-warning.ts';
import { t } from './catalog/t.ts';
import type { Locale } from './locale/locale.ts';
import type { Reply } from './reply.ts';

/**
 * The reply with the command's warnings on top, one `⚠` line each, in the reader's language, as az
 * prints its warnings before the result. A job sealed before warnings were catalog keys carries them
 * as English text, which is shown as it is.
 */
export function withWarnings(
  reply: Reply,
  warnings: readonly (CommandWarning | string)[] | undefined,
  locale: Locale,
): Reply {
  if (!warnings?.length) return reply;
  const lines = warnings.map((w) => `⚠ ${typeof w === 'string' ? w : t(locale, w.key, w.values)}`);
  return { ...reply, text: [...lines, reply.text].filter(Boolean).join('\n') };
}
