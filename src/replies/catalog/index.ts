// The i18n catalog: every user-facing text is looked up here by a stable key, in the reader's language.
// `t()` (t.ts) is the typed entry point; `translate()` serves callers whose key is built at run time
// (problem codes, help topics).
//
// Rules:
// 1. Keys never change meaning once shipped; en/ is the source, ja/ and fr/ are typed against it.
// 2. An unknown key comes back as the key itself (see t.ts for missing values and locales).
import type { Locale } from '../locale/locale.ts';
import { isMessageKey, type MessageValues, t } from './t.ts';

export type { Locale } from '../locale/locale.ts';
export { t } from './t.ts';
export type CatalogParams = Record<string, string | number>;

export function hasMessage(key: string): boolean {
  return isMessageKey(key);
}

export function translate(key: string, params: MessageValues = {}, locale: Locale = 'en'): string {
  return isMessageKey(key) ? t(locale, key, params) : key;
}
