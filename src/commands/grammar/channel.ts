/**
 * Channel-level commands: `use`, `context`, `jobs`, `audit`, `help`.
 *
 * Rules:
 * 1. `use -g RG -c CLUSTER -t TYPE [--cluster-rp RP] [--subscription ID] [--alias NAME]`; the cluster
 *    name may also be the bare word (`use flux-demo-arc -g …`). Fields not given are kept from the current
 *    context, so `use -c other-cluster` switches cluster within the same resource group.
 * 2. `context`, `jobs`, `audit` take no arguments.
 * 3. `help [topic]`: the topic may be written as the command (`help flux create`, `help k8s-extension`).
 */
import type { FlagSpec } from '../flags/flag-spec.ts';
import { parseFlags } from '../flags/parse-flags.ts';
import { IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import { HELP_TOPICS, helpTopicFor, isOverviewRequest } from '../help-topics.ts';
import { nearestWord } from '../nearest-word.ts';
import { problem } from '../problem.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ChannelContext } from '../types.ts';
import type { BuildInput, BuildResult } from './build-types.ts';
import { done, scaffold } from './scaffold.ts';

const USE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  { name: '--alias', arity: 'value', example: 'staging', help: 'A short name for this cluster in the channel.' },
  ...IGNORED_AZ_FLAGS,
];

export function buildUse(input: BuildInput): BuildResult {
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
  return { ok: true, draft: { kind: 'use', context, yes: false, noWait: false, warnings: resolved.warnings } };
}

function noArguments(kind: 'context' | 'jobs' | 'audit') {
  return (input: BuildInput): BuildResult => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: kind, needsTarget: false });
    return done(s, () => ({ kind, yes: false, noWait: false, warnings: s.warnings }));
  };
}

export const buildContext = noArguments('context');
export const buildJobs = noArguments('jobs');
export const buildAudit = noArguments('audit');

export function buildHelp(input: BuildInput): BuildResult {
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
