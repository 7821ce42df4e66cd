import type { ReplyTable } from '../../../src/replies/reply.ts';

/**
 * A table as aligned monospace lines: every column padded to its widest cell, two spaces apart, the
 * last column left ragged so long values (URLs) do not push trailing spaces into the message.
 */
export function tableLines(table: ReplyTable): string[] {
  const widths = table.columns.map((column, i) =>
    Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(table.columns), ...table.rows.map(line)];
}
