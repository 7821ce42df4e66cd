import { parseDurationMs } from './parse-duration.ts';

/** At most `max` sends in any `ms` milliseconds (a sliding window, not a fixed one). */
export interface RateWindow {
  max: number;
  ms: number;
}

/**
 * Parses a rate budget setting: windows `COUNT/DURATION` separated by commas, e.g. `50/60s` or
 * `7/1s,8/2s,60/30s,1800/1h`. Returns undefined when any part is not a whole count of 1 or more
 * over a written duration of at least 1 ms (a bare `50/60` is refused, like every duration setting).
 */
export function parseRateWindows(text: string): RateWindow[] | undefined {
  const windows: RateWindow[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)\s*\/\s*(\S+)\s*$/.exec(part);
    if (!match) return undefined;
    const max = Number(match[1]);
    const ms = parseDurationMs(match[2]!);
    if (!Number.isSafeInteger(max) || max < 1 || ms === undefined || ms < 1) return undefined;
    windows.push({ max, ms });
  }
  return windows.length > 0 ? windows : undefined;
}
