// Layout by display width (East Asian Width), for tables in code blocks and the terminal: a full-width
// character (漢字, かな, ＡＢＣ) takes two columns, a combining accent none, so `.length` misaligns them.
import stringWidth from 'string-width';

/** The number of terminal / monospace columns `text` takes. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** `text` followed by spaces up to `width` columns (never cut). */
export function padEndDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
