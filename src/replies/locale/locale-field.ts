import type { Locale } from './locale.ts';

/** `Reply.locale` for a reply written in `locale`: absent for English, the default every adapter assumes. */
export function localeField(locale: Locale): { locale?: Locale } {
  return locale === 'en' ? {} : { locale };
}
