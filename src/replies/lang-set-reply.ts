import { t } from './catalog/index.ts';
import type { Locale, ReaderLocale } from './locale/locale.ts';
import { localeField } from './locale/locale-field.ts';
import type { Reply } from './reply.ts';

/** The answer to `use --lang …`: which language the channel's alerts now use, written in the reader's. */
export function langSetReply(lang: ReaderLocale, locale: Locale): Reply {
  const language = t(locale, `submit.lang.name.${lang}`);
  return {
    title: t(locale, 'submit.lang.set.title'),
    status: 'succeeded',
    text: t(locale, 'submit.lang.set.text', { language }),
    fields: [{ label: t(locale, 'submit.lang.label'), value: `${language} (${lang})` }],
    ...localeField(locale),
  };
}
