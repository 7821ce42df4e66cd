/**
 * `dependsOn` values as chat delivers them: `[infra]` (the tutorial's `\["infra"\]` after the shell),
 * `["a","b"]` quoted as a whole, `[a, b]`, `a,b`.
 *
 * Rules:
 * 1. Surrounding whitespace and one pair of brackets are removed.
 * 2. Split on commas; each entry is trimmed and loses one pair of surrounding quotes (the CLI keeps
 *    spaces and quotes, so `"a, b"` became `["a", " b"]` — a quirk not copied).
 * 3. Empty entries are dropped, so `[]` is an explicit empty list.
 */
export function parseDependencies(text: string): string[] {
  let body = text.trim();
  if (body.startsWith('[') && body.endsWith(']')) body = body.slice(1, -1);
  return body
    .split(',')
    .map((entry) =>
      entry
        .trim()
        .replace(/^(["'])(.*)\1$/s, '$2')
        .trim(),
    )
    .filter((entry) => entry.length > 0);
}
