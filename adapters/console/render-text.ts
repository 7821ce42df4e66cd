import { displayWidth, padEndDisplay } from '../../src/replies/locale/display-width.ts';
import type { Reply, ReplyStatus, ReplyTable } from '../../src/replies/reply.ts';
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
  // Columns by display width: a full-width character (名前) takes two terminal columns.
  const widths = table.columns.map((c, i) =>
    Math.max(displayWidth(c), ...table.rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : padEndDisplay(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  if (table.title) out.push(table.title);
  out.push(line(table.columns));
  for (const row of table.rows) out.push(line(row));
  return out;
}

export function renderText(reply: Reply): string {
  const out: string[] = [`${MARKS[reply.status]} ${reply.title}`];
  if (reply.text) out.push(reply.text);
  if (reply.fields?.length) {
    const width = Math.max(...reply.fields.map((f) => f.label.length));
    for (const f of reply.fields) out.push(`  ${`${f.label}:`.padEnd(width + 1)} ${f.value}`);
  }
  for (const table of reply.tables ?? []) out.push('', ...renderTable(table));
  if (reply.detail) out.push('', reply.detail.title, ...reply.detail.lines.map((l) => `  ${l}`));
  const buttons = (reply.actions ?? []).filter((a) => !a.confirmToken);
  if (buttons.length) out.push(`Next: ${buttons.map((a) => (a.command ? `\`${a.command}\`` : a.label)).join(' · ')}`);
  const c = reply.provenance;
  const meta = [
    c?.jobId && `job ${c.jobId}`,
    c?.requestedBy && `asked by ${c.requestedBy}`,
    c?.confirmedBy && `confirmed by ${c.confirmedBy}`,
    c?.cluster && `cluster ${c.cluster}`,
  ].filter(Boolean);
  if (meta.length) out.push(`── ${meta.join(' · ')}`);
  return terminalSafe(out.join('\n'));
}
