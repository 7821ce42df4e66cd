import type { ReplyDetail } from '../../src/replies/reply.ts';

// Long output (lists, logs, events) does not fit one Teams message (about 28 KB including the card
// envelope), so it goes out as numbered follow-up messages. Short output stays inside the card.

const CARD_MAX_LINES = 20;
const CARD_MAX_CHARS = 3_000;
/** Well under Teams' message size, leaving room for the code fence, heading and JSON escaping. */
const CHUNK_MAX_CHARS = 12_000;
const CHUNK_MAX_LINES = 200;
const LINE_MAX_CHARS = 2_000;

export function detailFitsInCard(detail: ReplyDetail): boolean {
  return detail.lines.length <= CARD_MAX_LINES && detail.lines.join('\n').length <= CARD_MAX_CHARS;
}

/**
 * Rules: 1. output that fits the card yields no follow-ups; 2. a chunk never exceeds the line or
 * character budget; 3. one overlong line is cut, never split across messages; 4. order is kept.
 */
export function splitDetail(detail: ReplyDetail): string[] {
  return detailFitsInCard(detail) ? [] : chunkDetail(detail);
}

/** Rules 2–4 of splitDetail for output that must follow whatever its size (rows cut from a card). */
export function chunkDetail(detail: ReplyDetail): string[] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of detail.lines) {
    const line = raw.length > LINE_MAX_CHARS ? `${raw.slice(0, LINE_MAX_CHARS)} …` : raw;
    if (current.length > 0 && (current.length >= CHUNK_MAX_LINES || size + line.length + 1 > CHUNK_MAX_CHARS)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  // Backticks inside the output would close the fence early; a zero-width joiner defuses them.
  const fence = (lines: string[]) => lines.join('\n').replace(/```/g, '`\u200d``');
  return chunks.map((lines, i) => `**${detail.title} (${i + 1}/${chunks.length})**\n\n\`\`\`\n${fence(lines)}\n\`\`\``);
}
