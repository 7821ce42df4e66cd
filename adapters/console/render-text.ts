import { t } from '../../src/replies/catalog/index.ts';
import { displayWidth, padEndDisplay } from '../../src/replies/locale/display-width.ts';
import type { Reply, ReplyStatus, ReplyTable } from '../../src/replies/reply.ts';
import { tableLines } from '../../src/replies/table-lines.ts';
import { terminalSafe } from './terminal-safe.ts';

// Renders a Reply as plain terminal text: status mark, title, prose, fields, aligned tables, context.
// Every text in it came from the server, so escape sequences and control characters are stripped
// (`terminal-safe.ts`) before it reaches a terminal.

const MARKS: Record<ReplyStatus, string> = {
  queued: '⏳',
  running: '🔄',
  succeeded: '✅',
  failed: '❌',
  warning: '⚠️',
  info: 'ℹ️',
  confirm: '❓',
  cancelled: '🚫',
};

function renderTable(table: ReplyTable): string[] {
  return [...(table.title ? [table.title] : []), ...tableLines(table)];
}

export function renderText(reply: Reply): string {
  const locale = reply.locale ?? 'en';
  const out: string[] = [`${MARKS[reply.status]} ${reply.title}`];
  if (reply.text) out.push(reply.text);
  if (reply.fields?.length) {
    // Labels align by display width: コンプライアンス takes 16 columns, not 8.
    const width = Math.max(...reply.fields.map((f) => displayWidth(f.label)));
    for (const f of reply.fields) out.push(`  ${padEndDisplay(`${f.label}:`, width + 1)} ${f.value}`);
  }
  for (const table of reply.tables ?? []) out.push('', ...renderTable(table));
  if (reply.detail) out.push('', reply.detail.title, ...reply.detail.lines.map((l) => `  ${l}`));
  const buttons = (reply.actions ?? []).filter((a) => !a.confirmToken);
  if (buttons.length) {
    const commands = buttons.map((a) => (a.command ? `\`${a.command}\`` : a.label)).join(' · ');
    out.push(t(locale, 'chrome.next', { commands }));
  }
  const c = reply.provenance;
  const meta = [
    c?.jobId && t(locale, 'chrome.provenance.job', { jobId: c.jobId }),
    c?.requestedBy && t(locale, 'chrome.provenance.asked-by', { who: c.requestedBy }),
    c?.confirmedBy && t(locale, 'chrome.provenance.confirmed-by', { who: c.confirmedBy }),
    c?.cluster && t(locale, 'chrome.provenance.cluster', { cluster: c.cluster }),
  ].filter(Boolean);
  if (meta.length) out.push(`── ${meta.join(' · ')}`);
  return terminalSafe(out.join('\n'));
}
