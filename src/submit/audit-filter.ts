import type { AuditEntry } from '../access/audit-log.ts';
import type { AuditCommand } from '../commands/kinds/audit.ts';

/**
 * Which audit rows `audit --user/--since/--denied` keeps.
 *
 * Rules:
 * 1. --user matches the WHO column, ignoring case.
 * 2. --since keeps entries at or after now minus the duration.
 * 3. --denied keeps `denied` entries only. Without flags every entry is kept.
 */
export function auditFilter(command: AuditCommand, now = Date.now()): (entry: AuditEntry) => boolean {
  const user = command.user?.toLowerCase();
  const since = command.sinceSeconds === undefined ? undefined : now - command.sinceSeconds * 1000;
  return (entry) =>
    (user === undefined || entry.user.toLowerCase() === user) &&
    (since === undefined || Date.parse(entry.at) >= since) &&
    (!command.denied || entry.event === 'denied');
}
