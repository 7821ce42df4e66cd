import type { AuditEntry } from '../access/audit-log.ts';
import { auditAccessText } from './audit-access-text.ts';
import { auditCell } from './audit-cell.ts';
import { auditEventText } from './audit-event-text.ts';
import { auditStatusText } from './audit-status-text.ts';
import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';
import { localeField } from './locale/locale-field.ts';
import type { Reply } from './reply.ts';

// `audit` and `jobs`: the channel's recent history, from the audit trail. The trail stores fluxops' own
// words in English (events, results, where a role came from) and keeps them so; they are written in the
// reader's language here, when shown, so entries stored earlier read the same way.

function time(at: string): string {
  return at.replace('T', ' ').slice(0, 19);
}

export function auditReply(entries: AuditEntry[], locale: Locale = 'en'): Reply {
  const title = t(locale, 'audit.title');
  if (entries.length === 0) return { title, status: 'info', text: t(locale, 'audit.empty'), ...localeField(locale) };
  return {
    title,
    status: 'info',
    text: t(locale, 'audit.text', { count: entries.length }),
    tables: [
      {
        columns: [
          t(locale, 'audit.column.time'),
          t(locale, 'audit.column.who'),
          t(locale, 'audit.column.event'),
          t(locale, 'audit.column.command'),
          t(locale, 'audit.column.result'),
          t(locale, 'audit.column.access'),
        ],
        rows: entries.map((e) => [
          time(e.at),
          e.user,
          auditEventText(e.event, locale),
          auditCell(e.display),
          e.status ? auditStatusText(e.status, locale) : '',
          e.access ? auditAccessText(e.access, locale) : '',
        ]),
      },
    ],
    ...localeField(locale),
  };
}

export function jobsReply(entries: AuditEntry[], locale: Locale = 'en'): Reply {
  // Newest entry per job wins: it carries the latest known state.
  const latest = new Map<string, AuditEntry>();
  for (const e of entries) if (e.jobId && !latest.has(e.jobId)) latest.set(e.jobId, e);
  const title = t(locale, 'jobs.title');
  if (latest.size === 0) return { title, status: 'info', text: t(locale, 'jobs.empty'), ...localeField(locale) };
  return {
    title,
    status: 'info',
    tables: [
      {
        columns: [
          t(locale, 'jobs.column.job'),
          t(locale, 'jobs.column.who'),
          t(locale, 'jobs.column.command'),
          t(locale, 'jobs.column.state'),
          t(locale, 'jobs.column.since'),
        ],
        // The state: the job's result once finished, else what its latest audit event says of it.
        rows: [...latest.values()].map((e) => [
          e.jobId ?? '',
          e.user,
          auditCell(e.display),
          e.event === 'finished' && e.status
            ? auditStatusText(e.status, locale)
            : e.event === 'confirmed' || e.event === 'submitted'
              ? t(locale, 'jobs.state.active')
              : auditEventText(e.event, locale),
          time(e.at),
        ]),
      },
    ],
    ...localeField(locale),
  };
}
