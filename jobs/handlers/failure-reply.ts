import { describeArmError } from '../../src/azure/arm-error.ts';
import type { Reply } from '../../src/replies/reply.ts';

/** The final reply for a command that failed: ARM code, message and details, nothing else. */
export function failureReply(display: string, error: unknown): Reply {
  const info = describeArmError(error);
  // Our own refusals (UnrecoverableError without an HTTP status) are complete sentences already.
  if (info.statusCode === undefined && error instanceof Error && error.name === 'UnrecoverableError') {
    return { title: display, status: 'failed', text: info.message };
  }
  const fields = [{ label: 'Error', value: info.code }];
  if (info.statusCode) fields.push({ label: 'HTTP status', value: String(info.statusCode) });
  return {
    title: display,
    status: 'failed',
    text: info.message,
    fields,
    tables: info.details.length
      ? [{ title: 'Details', columns: ['Code', 'Message'], rows: info.details.map((d) => [d.code, d.message]) }]
      : undefined,
  };
}
