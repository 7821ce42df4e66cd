/**
 * Suggest the nearest valid spelling for a typo (`--brnach` → `--branch`).
 *
 * Rules:
 * 1. Compare case-insensitively with the Damerau–Levenshtein (optimal string alignment) distance, so a
 *    swapped pair of letters costs one edit.
 * 2. Only suggest when the distance is small relative to the word (≤ 1 for short words, ≤ 3 at most):
 *    a far-fetched suggestion is worse than none.
 * 3. Ties go to the first candidate, so callers list canonical spellings before aliases.
 * 4. A candidate whose length differs from the word's by more than the limit cannot be within it and is
 *    skipped unmeasured, so a pasted wall of text costs a length comparison per candidate, not a table.
 */
/** Rule 1, in three rolling rows (the transposition looks two rows back) rather than a full table. */
function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  let twoBack = new Uint16Array(cols);
  let above = Uint16Array.from({ length: cols }, (_, j) => j);
  let row = new Uint16Array(cols);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] as number) + 1);
      }
      row[j] = best;
    }
    [twoBack, above, row] = [above, row, twoBack];
  }
  return above[b.length] as number;
}

export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  const needle = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.replace(/^-+/, '').length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - needle.length) > limit) continue;
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A case-only difference (distance 0 but a different spelling) is worth suggesting too.
  return bestDistance <= limit && best !== word ? best : undefined;
}
