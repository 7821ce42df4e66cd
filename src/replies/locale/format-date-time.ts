// Dates and times in the reader's conventions. Rule: UTC unless a time zone is given, because a channel's
// readers sit in many zones and Azure, Flux and the audit all speak UTC; the zone is always shown.
import { intlLocale, type Locale } from './locale.ts';

export function formatDateTime(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'long',
    timeZone,
  }).format(date);
}
