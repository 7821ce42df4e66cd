// Durations in the reader's language through Intl.DurationFormat ("3 min 5 s", "3 分 5 秒", "3 min 5 s").
//
// Rules:
// 1. Milliseconds are split into days, hours, minutes and seconds; a duration under a second shows its
//    milliseconds, otherwise milliseconds are dropped (chat does not need them).
// 2. Zero units are left out; a zero duration is "0 s" in the reader's words.
// 3. A typed duration (`{ minutes: 10 }`) is formatted as given.
import { intlLocale, type Locale } from './locale.ts';

export interface DurationParts {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Rules 1–2. */
function partsOf(ms: number): DurationParts {
  const total = Math.max(0, Math.round(ms));
  if (total < SECOND) return total === 0 ? { seconds: 0 } : { milliseconds: total };
  const parts: DurationParts = {};
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const seconds = Math.floor((total % MINUTE) / SECOND);
  if (days) parts.days = days;
  if (hours) parts.hours = hours;
  if (minutes) parts.minutes = minutes;
  if (seconds) parts.seconds = seconds;
  return parts;
}

export function formatDuration(
  locale: Locale,
  duration: number | DurationParts,
  style: 'long' | 'short' | 'narrow' = 'short',
): string {
  const parts = typeof duration === 'number' ? partsOf(duration) : duration;
  const empty = Object.values(parts).every((value) => !value);
  // Rule 2: DurationFormat prints nothing for all-zero parts unless told to show one unit.
  return new Intl.DurationFormat(intlLocale(locale), empty ? { style, secondsDisplay: 'always' } : { style }).format(
    empty ? { seconds: 0 } : parts,
  );
}
