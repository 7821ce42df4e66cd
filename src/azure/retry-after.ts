/**
 * Reads a `Retry-After` header into milliseconds.
 *
 * Rules:
 * 1. Delta-seconds (`Retry-After: 10`) → that many seconds; `0` is 0.
 * 2. An HTTP date → the time until then, never negative.
 * 3. Absent or unreadable → undefined (the caller's own back-off applies).
 */
export function retryAfterMs(header: string | undefined | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
