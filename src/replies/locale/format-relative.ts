// "3 minutes ago", "3 分前", "il y a 3 minutes" through Intl.RelativeTimeFormat.
//
// Rules:
// 1. The unit is the largest that fits (seconds under a minute, minutes under an hour, hours under a
//    day, then days), rounded toward zero so "59 minutes" never shows as "1 hour".
// 2. `numeric: 'auto'` lets languages say "now", "yesterday", "hier", "昨日".
import { intlLocale, type Locale } from './locale.ts';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** How long before (negative) or after `now` the moment `date` is, in the reader's words. */
export function formatRelative(locale: Locale, date: Date, now: Date = new Date()): string {
  const delta = date.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size || unit === 'second') return format.format(Math.trunc(delta / size), unit);
  }
  return format.format(0, 'second');
}
