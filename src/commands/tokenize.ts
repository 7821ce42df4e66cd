// A POSIX-shell-like tokenizer for normalized chat text (see `normalize-chat-text.ts`).
//
// Rules:
// 1. Unquoted spaces, tabs and newlines separate words (a chat message is one command, so a bare newline
//    is just whitespace).
// 2. `\` + newline (optionally with trailing spaces before the newline, a common copy artefact) is a line
//    continuation and disappears, as in the tutorial's multi-line `flux create`.
// 3. Outside quotes `\x` is a literal `x` (so the tutorial's `dependsOn=\["infra"\]` gives `dependsOn=[infra]`).
// 4. `'…'` is literal; inside `"…"` only `\"`, `\\`, `\$`, `` \` `` and `\`+newline are escapes.
// 5. An unquoted word starting with `<` runs to the matching `>` even across spaces, so documentation
//    placeholders like `<connectedClusters or managedClusters>` stay one word.
// 6. Unterminated quotes are a typed error, never an exception. A lone trailing `\` is ignored.
// 7. The work is linear in the text's length: rule 5's look-ahead for `>` and newline remembers what it
//    found, so a text of many `<` without a `>` is not searched to its end once per `<`.

export type TokenizeResult = { ok: true; tokens: string[] } | { ok: false; quote: '"' | "'"; position: number };

const WHITESPACE = new Set([' ', '\t', '\n']);
const DOUBLE_QUOTE_ESCAPABLE = new Set(['"', '\\', '$', '`']);

/** Length of a `\` continuation starting at `i` (backslash, optional spaces, newline), or 0. */
function continuationLength(text: string, i: number): number {
  let j = i + 1;
  while (text[j] === ' ' || text[j] === '\t') j++;
  return text[j] === '\n' ? j - i + 1 : 0;
}

/** Rule 7: `indexOf(char, from)` answered from the last search while `from` has not passed its find. */
function rememberingIndexOf(text: string, char: string): (from: number) => number {
  let found = -2;
  let searchedFrom = Number.POSITIVE_INFINITY;
  return (from) => {
    if (from < searchedFrom || (found >= 0 && found < from)) {
      found = text.indexOf(char, from);
      searchedFrom = from;
    }
    return found;
  };
}

export function tokenize(text: string): TokenizeResult {
  const nextClose = rememberingIndexOf(text, '>');
  const nextNewline = rememberingIndexOf(text, '\n');
  const tokens: string[] = [];
  let current = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const skip = continuationLength(text, i);
      if (skip > 0) {
        i += skip;
        continue;
      }
      if (i + 1 < text.length) {
        current += text[i + 1];
        inWord = true;
      }
      i += 2;
      continue;
    }
    if (WHITESPACE.has(ch)) {
      if (inWord) tokens.push(current);
      current = '';
      inWord = false;
      i++;
      continue;
    }
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { ok: false, quote: "'", position: i };
      current += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      const closed = readDoubleQuoted(text, i + 1);
      if (closed === undefined) return { ok: false, quote: '"', position: i };
      current += closed.value;
      inWord = true;
      i = closed.next;
      continue;
    }
    if (ch === '<' && !inWord) {
      const end = nextClose(i + 1);
      const newline = nextNewline(i + 1);
      if (end > i + 1 && (newline < 0 || end < newline)) {
        current += text.slice(i, end + 1);
        inWord = true;
        i = end + 1;
        continue;
      }
    }
    current += ch;
    inWord = true;
    i++;
  }
  if (inWord) tokens.push(current);
  return { ok: true, tokens };
}

function readDoubleQuoted(text: string, start: number): { value: string; next: number } | undefined {
  let value = '';
  let i = start;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') return { value, next: i + 1 };
    if (ch === '\\') {
      const skip = continuationLength(text, i);
      if (skip > 0) {
        i += skip;
        continue;
      }
      const next = text[i + 1];
      if (next !== undefined && DOUBLE_QUOTE_ESCAPABLE.has(next)) {
        value += next;
        i += 2;
        continue;
      }
    }
    value += ch;
    i++;
  }
  return undefined;
}
