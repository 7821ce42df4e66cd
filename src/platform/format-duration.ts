/**
 * Seconds as a Go-style duration the way it is typed (`10m`, `1h30m`, `45s`), not `600s`. Rules:
 * 1. hours, minutes and seconds in that order, each only when not zero; 2. zero is `0s`; 3. the
 * result parses back to the same value with parseDurationMs.
 */
export function formatDurationSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole === 0) return '0s';
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}
