import { displayWidth, padEndDisplay } from '../../../src/replies/locale/display-width.ts';
import type { ReplyTable } from '../../../src/replies/reply.ts';

/**
 * A table as aligned monospace lines: every column padded to its widest cell, two spaces apart, the
 * last column left ragged so long values (URLs) do not push trailing spaces into the message. Widths
 * are display widths: a full-width character (名前) takes two columns of a code block.
 */
export function tableLines(table: ReplyTable): string[] {
  const widths = table.columns.map((column, i) =>
    Math.max(displayWidth(column), ...table.rows.map((row) => displayWidth(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : padEndDisplay(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(table.columns), ...table.rows.map(line)];
}
