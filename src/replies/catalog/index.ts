// The i18n catalog: every user-facing text of the command language is looked up here by a stable key.
//
// Rules:
// 1. Keys never change meaning once shipped; ja/fr catalogs add the same keys later.
// 2. `{name}` placeholders are filled from params; a missing param leaves the placeholder visible
//    (a wrong message is better than a thrown exception while answering a user).
// 3. An unknown locale falls back to English, an unknown key to the key itself.
import { enHelp } from './en-help.ts';
import { enProblems } from './en-problems.ts';
import { enWarnings } from './en-warnings.ts';

export type Locale = 'en';
export type CatalogParams = Record<string, string | number>;

const catalogs: Record<Locale, Record<string, string>> = {
  en: { ...enProblems, ...enWarnings, ...enHelp },
};

export function hasMessage(key: string, locale: Locale = 'en'): boolean {
  return Object.hasOwn(catalogs[locale] ?? catalogs.en, key);
}

export function translate(key: string, params: CatalogParams = {}, locale: Locale = 'en'): string {
  const catalog = catalogs[locale] ?? catalogs.en;
  const template = Object.hasOwn(catalog, key) ? (catalog[key] as string) : key;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
