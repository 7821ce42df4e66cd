import { displayWidth, padEndDisplay } from './locale/display-width.ts';
import type { ReplyTable } from './reply.ts';

/**
 * A table as aligned monospace lines (header first) for code blocks and terminals: every column padded to
 * its widest cell by display width (名前 takes four columns), two spaces apart, the last column left ragged
 * so long values (URLs) do not push trailing spaces into the message.
 */
export function tableLines(table: ReplyTable, rows: string[][] = table.rows): string[] {
  const widths = table.columns.map((column, i) =>
    Math.max(displayWidth(column), ...rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    table.columns
      .map((_, i) =>
        i === table.columns.length - 1 ? (cells[i] ?? '') : padEndDisplay(cells[i] ?? '', widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(table.columns), ...rows.map(line)];
}
