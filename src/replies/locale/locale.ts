// The languages fluxops speaks, and how a platform's locale tag becomes one of them.
//
// Rules:
// 1. `en`, `ja`, `fr` are the reader-facing languages; `en-XA` is a pseudo-locale (English, accented and
//    lengthened) that tests use to prove every text goes through the catalog. Nobody chooses it by accident:
//    only the exact tag `en-XA` selects it.
// 2. BCP-47 (`ja-JP`, `fr-CA`, `fr`) and POSIX (`ja_JP.UTF-8`, `fr_FR@euro`, `C`, `POSIX`) tags are read
//    by their language part, case-insensitively; anything else (including `C`, `POSIX` and unknown
//    languages) falls back.
// 3. The fallback is FLUXOPS_DEFAULT_LOCALE when it names a language fluxops speaks, else `en`.

/** A language replies are written in. */
export type Locale = 'en' | 'ja' | 'fr' | 'en-XA';

/** The languages a reader or a channel can choose (`use --lang`). */
export const READER_LOCALES = ['en', 'ja', 'fr'] as const;
export type ReaderLocale = (typeof READER_LOCALES)[number];

const PSEUDO_LOCALE = 'en-XA' as const;

/** Rule 2: the language subtag of a BCP-47 or POSIX tag, lower-cased, or undefined. */
function languageOf(tag: string): string | undefined {
  const trimmed = tag.trim();
  if (trimmed === '') return undefined;
  const language = trimmed.split(/[-_.@]/, 1)[0]?.toLowerCase();
  return language && /^[a-z]{2,3}$/.test(language) ? language : undefined;
}

/** The language `tag` names, if fluxops speaks it (rules 1–2); `undefined` otherwise. */
export function matchLocale(tag: string | undefined): Locale | undefined {
  if (tag === undefined) return undefined;
  if (tag.trim().toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const language = languageOf(tag);
  return (READER_LOCALES as readonly string[]).includes(language ?? '') ? (language as ReaderLocale) : undefined;
}

/** Rule 3: the deployment's default language. */
function defaultLocale(): Locale {
  return matchLocale(process.env.FLUXOPS_DEFAULT_LOCALE) ?? 'en';
}

/**
 * The language to answer in for a locale tag from a platform (Slack `users.info`, Teams `activity.locale`,
 * the console's LANG/LC_ALL), a channel's `use --lang`, or nothing.
 */
export function resolveLocale(input?: string, fallback: Locale = defaultLocale()): Locale {
  return matchLocale(input) ?? fallback;
}

/** The locale `Intl` formatters use: the pseudo-locale formats numbers and dates as English. */
export function intlLocale(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}
