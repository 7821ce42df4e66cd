import type { AuditEntry } from '../access/audit-log.ts';
import { auditCell } from './audit-cell.ts';
import type { Reply } from './reply.ts';

// `audit` and `jobs`: the channel's recent history, from the audit trail.

function time(at: string): string {
  return at.replace('T', ' ').slice(0, 19);
}

export function auditReply(entries: AuditEntry[]): Reply {
  if (entries.length === 0)
    return { title: 'Audit trail', status: 'info', text: 'Nothing recorded in this channel yet.' };
  return {
    title: 'Audit trail',
    status: 'info',
    text: `Last ${entries.length} entries in this channel, newest first.`,
    tables: [
      {
        columns: ['TIME (UTC)', 'WHO', 'EVENT', 'COMMAND', 'RESULT', 'ACCESS'],
        rows: entries.map((e) => [time(e.at), e.user, e.event, auditCell(e.display), e.status ?? '', e.access ?? '']),
      },
    ],
  };
}

export function jobsReply(entries: AuditEntry[]): Reply {
  // Newest entry per job wins: it carries the latest known state.
  const latest = new Map<string, AuditEntry>();
  for (const e of entries) if (e.jobId && !latest.has(e.jobId)) latest.set(e.jobId, e);
  if (latest.size === 0) return { title: 'Recent jobs', status: 'info', text: 'No jobs in this channel yet.' };
  return {
    title: 'Recent jobs',
    status: 'info',
    tables: [
      {
        columns: ['JOB', 'WHO', 'COMMAND', 'STATE', 'SINCE (UTC)'],
        rows: [...latest.values()].map((e) => [
          e.jobId ?? '',
          e.user,
          auditCell(e.display),
          e.event === 'finished'
            ? (e.status ?? 'finished')
            : e.event === 'confirmed' || e.event === 'submitted'
              ? 'queued/running'
              : e.event,
          time(e.at),
        ]),
      },
    ],
  };
}
