// `help` and `help <topic>` as a Reply.
//
// Rules:
// 1. The overview fits one screen: a few lines of text plus the list of topics.
// 2. A topic shows usage, flags with defaults and an example (from the tutorial where there is one).
// 3. An unknown topic falls back to the overview (parse already refused it with a suggestion).
import { translate } from '../replies/catalog/index.ts';
import type { Reply } from '../replies/reply.ts';
import { HELP_TOPICS } from './help-topics.ts';

export function helpReply(topic?: string): Reply {
  const known = HELP_TOPICS.find((t) => t === topic);
  if (!known) {
    return {
      title: translate('help.overview.title'),
      status: 'info',
      text: translate('help.overview.text'),
      fields: [{ label: translate('help.label.topics'), value: HELP_TOPICS.join(', ') }],
    };
  }
  const key = (part: string) => `help.topic.${known}.${part}`;
  return {
    title: `help ${known}`,
    status: 'info',
    text: translate(key('summary')),
    fields: [
      { label: translate('help.label.usage'), value: translate(key('usage')) },
      { label: translate('help.label.flags'), value: translate(key('flags')) },
      { label: translate('help.label.example'), value: translate(key('example')) },
    ],
  };
}
