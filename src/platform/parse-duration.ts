/**
 * Parses the durations our settings accept: Go-style `1h30m`, `45s`, `500ms`. Returns milliseconds,
 * or undefined when the text is not a clean duration. A bare number is refused on purpose: is
 * `COMPLIANCE_DEADLINE=10` ten minutes, seconds or milliseconds? The unit must be written.
 */
const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };

export function parseDurationMs(text: string): number | undefined {
  const trimmed = text.trim();
  // 1. Whole text must be unit groups in h → m → s → ms order (no leftovers like `10mfoo`).
  const match = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(trimmed);
  if (!match || trimmed === '') return undefined;
  const [, h, m, s, ms] = match;
  // 2. At least one group must be present (the regex alone accepts the empty string).
  if (h === undefined && m === undefined && s === undefined && ms === undefined) return undefined;
  return (
    Number(h ?? 0) * UNIT_MS.h! +
    Number(m ?? 0) * UNIT_MS.m! +
    Number(s ?? 0) * UNIT_MS.s! +
    Number(ms ?? 0) * UNIT_MS.ms!
  );
}
