import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';
import type { ReplyStatus } from './reply.ts';

const STATUS_KEYS = {
  queued: 'audit.status.queued',
  running: 'audit.status.running',
  succeeded: 'audit.status.succeeded',
  failed: 'audit.status.failed',
  warning: 'audit.status.warning',
  info: 'audit.status.info',
  confirm: 'audit.status.confirm',
  cancelled: 'audit.status.cancelled',
} as const satisfies Record<ReplyStatus, string>;

function isReplyStatus(status: string): status is ReplyStatus {
  return Object.hasOwn(STATUS_KEYS, status);
}

/**
 * The RESULT of an audit entry and the STATE of a job, in the reader's language. The trail stores
 * fluxops' English words (`succeeded`, `needs operator`, `subscription not allowed`) and keeps them.
 *
 * Rules:
 * 1. A reply status: the catalog's word for it.
 * 2. `needs <role>`: the catalog's sentence, the role as it is (a role name is typed as it is).
 * 3. `subscription not allowed`: the catalog's words.
 * 4. Anything else (a refusal's own text, a form this version does not know): as stored.
 */
export function auditStatusText(status: string, locale: Locale): string {
  if (isReplyStatus(status)) return t(locale, STATUS_KEYS[status]);
  const [, role = ''] = /^needs (\S+)$/.exec(status) ?? [];
  if (role) return t(locale, 'audit.status.needs', { role });
  if (status === 'subscription not allowed') return t(locale, 'audit.status.subscription-not-allowed');
  return status;
}
