import type { AuditEvent } from '../access/audit-log.ts';
import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';

const EVENT_KEYS = {
  submitted: 'audit.event.submitted',
  rejected: 'audit.event.rejected',
  denied: 'audit.event.denied',
  'confirm-requested': 'audit.event.confirm-requested',
  confirmed: 'audit.event.confirmed',
  cancelled: 'audit.event.cancelled',
  finished: 'audit.event.finished',
} as const satisfies Record<AuditEvent, string>;

/**
 * An audit event in the reader's language. The trail stores the English event name and keeps it (the
 * stream is read by tools too); an event this version does not know is shown as stored.
 */
export function auditEventText(event: string, locale: Locale): string {
  return isAuditEvent(event) ? t(locale, EVENT_KEYS[event]) : event;
}

function isAuditEvent(event: string): event is AuditEvent {
  return Object.hasOwn(EVENT_KEYS, event);
}
