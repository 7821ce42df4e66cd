// `logs CONTROLLER [--tail N] [--previous]`.
//
// Rules:
// 1. A known controller; the `-controller` suffix may be omitted.
// 2. `--tail` is 1–1000; `--previous` reads the previous container.
import { ALL_CONTROLLERS, resolveController } from '../controller-names.ts';
import { opt, targetWords } from '../display/display-words.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { CLUSTER_OP_FLAGS, opFields } from '../grammar/cluster-op.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { nearestWord } from '../nearest-word.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface LogsCommand extends ClusterCommandBase {
  kind: 'logs';
  controller: string;
  tail?: number;
  previous: boolean;
}

const FLAGS: readonly FlagSpec[] = [
  ...CLUSTER_OP_FLAGS,
  { name: '--tail', arity: 'value', example: '50', help: 'Last N lines.' },
  { name: '--previous', arity: 'switch', help: 'Logs of the previous container.' },
];

function build(input: BuildInput): BuildResult<DraftOf<'logs'>> {
  const example = 'logs helm-controller --tail 50';
  const s = scaffold(input, FLAGS, {
    maxPositionals: 1,
    positionalText: part('problem.part.positional.controller-name'),
    example,
  });
  const word = positional(s, 0);
  const controller = word === undefined ? undefined : resolveController(word);
  if (word === undefined) {
    s.problems.push(
      problem('short.missing-argument', {
        command: 'logs',
        what: part('problem.part.what.controller-name'),
        accepted: ALL_CONTROLLERS.join(', '),
        example,
      }),
    );
  } else if (controller === undefined) {
    s.problems.push(
      problem(
        'short.unknown-controller',
        { command: 'logs', value: word, accepted: ALL_CONTROLLERS.join(', '), example },
        nearestWord(word, ALL_CONTROLLERS),
      ),
    );
  }
  const tailText = s.flags.values.get('--tail');
  const tail = tailText !== undefined && /^\d{1,4}$/.test(tailText) ? Number(tailText) : undefined;
  if (tailText !== undefined && (tail === undefined || tail < 1 || tail > 1000)) {
    s.problems.push(
      problem('flag.invalid-integer', { flag: '--tail', value: tailText, min: 1, max: 1000, example: '50' }),
    );
  }
  return done(s, () => ({
    kind: 'logs',
    ...opFields(s),
    controller: controller!,
    previous: s.flags.switches.get('--previous') ?? false,
    ...(tail !== undefined ? { tail } : {}),
  }));
}

export const logsKind = defineKind({
  kind: 'logs',
  routes: [['logs']],
  topic: 'logs',
  runs: 'job',
  build,
  safety: 'read-only',
  display: (draft) => [
    'logs',
    draft.controller,
    ...opt('--tail', draft.tail),
    ...(draft.previous ? ['--previous'] : []),
    ...targetWords(draft.target),
  ],
});
