const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * The inverse of `tokenize` for one word: `tokenize(quoteToken(w))` gives back `[w]`.
 *
 * Rules:
 * 1. Words made only of characters that never mean anything to the tokenizer are left bare, so the
 *    canonical display stays readable (`--branch main`, `name=apps`).
 * 2. Everything else is single-quoted; a `'` inside becomes `'\''` (close, escaped quote, reopen).
 * 3. The empty word is `''`.
 */
export function quoteToken(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
