// `help [topic]`, answered at once by submit.
//
// Rules:
// 1. The topic may be written as the command (`help flux create`, `help k8s-extension`).
// 2. `help`, `help flux`, `help az k8s-configuration flux` all mean the overview.
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { HELP_TOPICS, helpTopicFor, isOverviewRequest } from '../help-topics.ts';
import { nearestWord } from '../nearest-word.ts';
import { problem } from '../problem.ts';
import type { CommandBase } from '../types.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface HelpCommand extends CommandBase {
  kind: 'help';
  topic?: string;
}

function build(input: BuildInput): BuildResult<DraftOf<'help'>> {
  if (isOverviewRequest(input.words))
    return { ok: true, draft: { kind: 'help', yes: false, noWait: false, warnings: [] } };
  const topic = helpTopicFor(input.words);
  if (topic === undefined) {
    const value = input.words.join(' ');
    const accepted = HELP_TOPICS.join(', ');
    return {
      ok: false,
      problems: [problem('help.unknown-topic', { value, accepted }, nearestWord(input.words[0] ?? '', HELP_TOPICS))],
    };
  }
  return { ok: true, draft: { kind: 'help', topic, yes: false, noWait: false, warnings: [] } };
}

export const helpKind = defineKind({
  kind: 'help',
  routes: [['help']],
  topic: 'help',
  runs: 'chat',
  build,
  safety: 'read-only',
  display: (draft) => ['help', ...(draft.topic ? [draft.topic] : [])],
});
