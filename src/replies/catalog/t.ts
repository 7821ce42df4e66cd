// Formats catalog messages: ICU MessageFormat (plural, select, number, date) through @formatjs/intl, one
// `IntlShape` per locale sharing one formatter cache.
//
// Rules:
// 1. An ASCII apostrophe is always a literal apostrophe in our catalogs (it is ICU's quote character;
//    "'{value}'" and French elisions are too common to escape by hand), so literal { } are not written in
//    messages: pass them in a value.
// 2. A key a catalog lacks falls back to English, then to the key itself; a message whose values are
//    missing or of the wrong type comes out unformatted, placeholders visible — a wrong message is better
//    than a thrown exception while answering a user.
// 3. `en-XA` formats the English message with marked values, then pseudo-localizes it (pseudo-locale.ts);
//    keys that hold commands (examples, usage lines) stay English there too, as in every language.
// 4. Angle brackets are text: `help <command>` is what a user types, never an ICU tag.
import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import { intlLocale, type Locale } from '../locale/locale.ts';
import { en, type MessageKey } from './en/index.ts';
import { fr } from './fr/index.ts';
import { ja } from './ja/index.ts';
import { markValue, pseudoLocalize } from './pseudo-locale.ts';

/** Values a message's `{placeholders}` take. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** Rule 3: keys whose text is a command, never translated (see ProseTranslation). */
const COMMAND_TEXT = /^(problem\..+\.example|help\.topic\..+\.(usage|example))$/;

const CATALOGS: Record<Locale, Readonly<Record<string, string>>> = { en, ja, fr, 'en-XA': en };

const cache = createIntlCache();
const intls = new Map<Locale, IntlShape>();

/** Rule 1. */
function literalApostrophes(messages: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text.replaceAll("'", "''")]));
}

function intlFor(locale: Locale): IntlShape {
  let intl = intls.get(locale);
  if (intl === undefined) {
    intl = createIntl(
      {
        locale: intlLocale(locale),
        defaultLocale: 'en',
        messages: literalApostrophes(CATALOGS[locale]),
        // Rule 2: the fallback is the answer; reporting it on every call would flood the log.
        onError: () => {},
      },
      cache,
    );
    intls.set(locale, intl);
  }
  return intl;
}

/** Rule 3. */
function markValues(values: MessageValues): MessageValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? markValue(value) : value]),
  );
}

/** True when the English catalog has `key` (keys are the same in every language). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The message `key` in `locale`, with `values` in its placeholders. */
export function t(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  if (!isMessageKey(key)) return key;
  if (locale === 'en-XA') {
    return COMMAND_TEXT.test(key)
      ? format('en', key, values)
      : pseudoLocalize(format('en-XA', key, markValues(values)));
  }
  return format(locale, key, values);
}

function format(locale: Locale, key: MessageKey, values: MessageValues): string {
  const own = CATALOGS[locale][key];
  const intl = own === undefined ? intlFor('en') : intlFor(locale);
  // Rule 4: `<command>`, `<cluster>` are placeholders for people, not ICU rich-text tags.
  return intl.formatMessage({ id: key, defaultMessage: en[key] }, values, { ignoreTag: true }) as string;
}
