// `use -g RG -c CLUSTER -t TYPE [--cluster-rp RP] [--subscription ID] [--alias NAME]`: sets the
// channel's cluster, answered at once by submit.
//
// Rules:
// 1. The cluster name may also be the bare word (`use flux-demo-arc -g …`).
// 2. Fields not given are kept from the current context, so `use -c other-cluster` switches cluster
//    within the same resource group.
// 3. Submit checks in Azure that the cluster exists before remembering it, unless --no-check.
import { opt, targetWords } from '../display/display-words.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { parseFlags } from '../flags/parse-flags.ts';
import { IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { problem } from '../problem.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ChannelContext, CommandBase } from '../types.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface UseCommand extends CommandBase {
  kind: 'use';
  context: ChannelContext;
  /** False with --no-check: remember the cluster without reading it in Azure first. */
  check: boolean;
}

const USE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  { name: '--alias', arity: 'value', example: 'staging', help: 'A short name for this cluster in the channel.' },
  { name: '--no-check', arity: 'switch', help: 'Do not check in Azure that the cluster exists.' },
  ...IGNORED_AZ_FLAGS,
];

function build(input: BuildInput): BuildResult<DraftOf<'use'>> {
  const flags = parseFlags(input.words, USE_FLAGS, { command: 'use', helpTopic: input.topic });
  const problems = [...flags.problems];
  const [first, ...extra] = flags.positionals;
  if (first !== undefined && !flags.values.has('--cluster-name')) flags.values.set('--cluster-name', first);
  else if (first !== undefined) extra.unshift(first);
  for (const value of extra) {
    problems.push(
      problem('argument.unexpected', {
        value,
        command: 'use',
        topic: 'use',
        positional: ' and a cluster name',
        example: 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
      }),
    );
  }
  const resolved = resolveTarget(flags, input.options);
  for (const item of resolved.problems) {
    problems.push(
      item.code === 'target.missing' ? problem('use.incomplete', { missing: resolved.missing.join(', ') }) : item,
    );
  }
  if (problems.length > 0 || !resolved.target) return { ok: false, problems };
  const context: ChannelContext = { ...resolved.target };
  const alias = flags.values.get('--alias');
  if (alias !== undefined) context.alias = alias;
  const check = !(flags.switches.get('--no-check') ?? false);
  return { ok: true, draft: { kind: 'use', context, check, yes: false, noWait: false, warnings: resolved.warnings } };
}

export const useKind = defineKind({
  kind: 'use',
  routes: [['use']],
  topic: 'use',
  runs: 'chat',
  build,
  safety: 'mutating',
  display: (draft) => [
    'use',
    ...targetWords(draft.context),
    ...opt('--alias', draft.context.alias),
    ...(draft.check ? [] : ['--no-check']),
  ],
});
