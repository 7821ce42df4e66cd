import { intlLocale, type Locale } from './locale.ts';

/** A number as the reader writes it (`1,234.5`, `1 234,5`, `1,234.5`). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}
