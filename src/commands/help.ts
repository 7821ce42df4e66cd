// `help` and `help <topic>` as a Reply.
//
// Rules:
// 1. The overview fits one screen: a few lines of text plus the list of topics.
// 2. A topic shows usage, flags with defaults and an example (from the tutorial where there is one).
// 3. An unknown topic falls back to the overview (parse already refused it with a suggestion).

import { t, translate } from '../replies/catalog/index.ts';
import type { Locale } from '../replies/locale/locale.ts';
import { localeField } from '../replies/locale/locale-field.ts';
import type { Reply } from '../replies/reply.ts';
import { HELP_TOPICS } from './help-topics.ts';

export function helpReply(topic?: string, locale: Locale = 'en'): Reply {
  const known = HELP_TOPICS.find((name) => name === topic);
  if (!known) {
    return {
      title: t(locale, 'help.overview.title'),
      status: 'info',
      text: t(locale, 'help.overview.text'),
      fields: [{ label: t(locale, 'help.label.topics'), value: HELP_TOPICS.join(', ') }],
      ...localeField(locale),
    };
  }
  const key = (part: string) => translate(`help.topic.${known}.${part}`, {}, locale);
  return {
    title: `help ${known}`,
    status: 'info',
    text: key('summary'),
    fields: [
      { label: t(locale, 'help.label.usage'), value: key('usage') },
      { label: t(locale, 'help.label.flags'), value: key('flags') },
      { label: t(locale, 'help.label.example'), value: key('example') },
    ],
    ...localeField(locale),
  };
}
