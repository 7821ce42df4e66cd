import { escapedLength, truncate } from './mrkdwn.ts';

/** The ``` fences around a code block. */
const FENCE_CHARS = 6;

/**
 * Groups lines into chunks whose code block (escaped, fenced) fits in `maxChars`, keeping lines
 * whole. A single line too long for any block is cut, since Slack would reject the block otherwise.
 */
export function chunkLines(lines: string[], maxChars: number): string[][] {
  const room = maxChars - FENCE_CHARS;
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of lines) {
    // Escaping can grow a line up to five times (`&` → `&amp;`), so cut on the escaped length.
    let line = raw;
    while (escapedLength(line) > room) line = truncate(line, Math.floor(line.length * 0.8));
    const length = escapedLength(line);
    if (size + length > room && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
