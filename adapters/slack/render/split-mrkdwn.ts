/**
 * Where `text` (already escaped mrkdwn) may be cut at or before `max` so no piece ends inside an
 * HTML entity (`&amp;`), a code span or block, a link or mention (`<…>`) or a character
 * (a UTF-16 surrogate pair). Rules: 1. prefer the last line break, then the last space, in the
 * second half of the window; 2. move back out of an open entity, link or code span; 3. never split
 * a surrogate pair; 4. if nothing safe is left (one unbroken token longer than `max`), cut at the
 * last position that is not inside an entity or character.
 */
function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const window = text.slice(0, max);
  const half = Math.floor(max / 2);
  const newline = window.lastIndexOf('\n');
  const breakAt = newline >= half ? newline : window.lastIndexOf(' ');
  let cut = breakAt >= half ? breakAt + 1 : max;
  const moveOutOf = (open: string, close: string) => {
    const opened = text.lastIndexOf(open, cut - 1);
    if (opened >= 0 && text.lastIndexOf(close, cut - 1) < opened && opened > 0) cut = Math.min(cut, opened);
  };
  moveOutOf('&', ';');
  moveOutOf('<', '>');
  // Code: a ``` block left open moves the cut before its fence; else an odd single backtick.
  const head = text.slice(0, cut);
  const fences = head.split('```').length - 1;
  if (fences % 2 === 1) {
    const opened = head.lastIndexOf('```');
    if (opened > 0) cut = opened;
  } else if ((head.replace(/```/g, '').match(/`/g) ?? []).length % 2 === 1) {
    const opened = head.lastIndexOf('`');
    if (opened > 0) cut = opened;
  }
  // A cut that moved to 0 would loop forever; fall back to a cut outside an entity only.
  if (cut <= 0) {
    cut = max;
    const amp = text.lastIndexOf('&', cut - 1);
    if (amp > 0 && text.lastIndexOf(';', cut - 1) < amp) cut = amp;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

/** Splits escaped mrkdwn into pieces of at most `max` characters, each cut at a safe place (safeCut). */
export function splitMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return pieces;
}
