// `alerts subscribe [-g RG -c CLUSTER -t TYPE | --cluster C] [--severity error|info] [--kinds …]
// [--namespaces …] [--exclude RE]`.
//
// Rules:
// 1. --severity is error (default) or info; --kinds and --namespaces take several words or a comma list.
// 2. --exclude must compile as an RE2 regular expression (`validate/safe-pattern.ts`: linear-time, at most
//    256 characters, no backreferences or lookaround); --cluster names a cluster or alias.
// 3. It acts on the channel. -g/-c/-t name the cluster as every other command does (the channel's
//    cluster fills what is not given) and make it the subscription's cluster; --cluster does the same by
//    name or alias; both at once is a problem.
import { opt, targetWords } from '../display/display-words.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { ALERTS_CLUSTER_FLAG, IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ClusterTarget, CommandBase } from '../types.ts';
import type { AlertSeverity } from '../types-bot.ts';
import { compileSafePattern } from '../validate/safe-pattern.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface AlertsSubscribeCommand extends CommandBase {
  kind: 'alerts.subscribe';
  /** `--cluster` as typed (alias or cluster name); undefined = the channel's cluster. */
  cluster?: string;
  severity: AlertSeverity;
  kinds: string[];
  namespaces: string[];
  /** Source of an RE2 pattern already checked to compile (`validate/safe-pattern.ts`). */
  exclude?: string;
}

const FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  ALERTS_CLUSTER_FLAG,
  { name: '--severity', arity: 'value', example: 'error', defaultText: 'error', help: 'error or info.' },
  { name: '--kinds', arity: 'values', example: 'Kustomization HelmRelease', help: 'Flux kinds to alert on.' },
  { name: '--namespaces', arity: 'values', example: 'cluster-config', help: 'Namespaces to alert on.' },
  { name: '--exclude', arity: 'value', example: '"^HelmRelease/"', help: 'Regular expression of objects to skip.' },
  ...IGNORED_AZ_FLAGS,
];

const list = (groups: string[][] | undefined) =>
  (groups ?? [])
    .flat()
    .flatMap((w) => w.split(','))
    .map((w) => w.trim())
    .filter((w) => w.length > 0);

function build(input: BuildInput): BuildResult<DraftOf<'alerts.subscribe'>> {
  const s = scaffold(input, FLAGS, {
    maxPositionals: 0,
    example: 'alerts subscribe --severity error',
    needsTarget: false,
  });
  const severityText = s.flags.values.get('--severity') ?? 'error';
  const severity = (['error', 'info'] as const).find((v) => v === severityText.toLowerCase());
  if (!severity)
    s.problems.push(
      problem('flag.invalid-choice', {
        flag: '--severity',
        value: severityText,
        accepted: 'error, info',
        example: 'error',
      }),
    );
  const exclude = s.flags.values.get('--exclude');
  if (exclude !== undefined) {
    const compiled = compileSafePattern(exclude);
    if (!compiled.ok) s.problems.push(problem('alerts.bad-regex', { value: exclude, reason: compiled.reason }));
  }
  const cluster = s.flags.values.get('--cluster');
  const targetFlags = ['--resource-group', '--cluster-name', '--cluster-type'].filter((f) => s.flags.values.has(f));
  let target: ClusterTarget | undefined;
  if (targetFlags.length > 0) {
    if (cluster !== undefined) {
      s.problems.push(problem('alerts.cluster-twice', { flags: targetFlags.join(', ') }));
    }
    const resolved = resolveTarget(s.flags, input.options);
    s.problems.push(...resolved.problems);
    s.warnings.push(...resolved.warnings);
    target = resolved.target;
  }
  return done(s, () => ({
    kind: 'alerts.subscribe',
    severity: severity!,
    kinds: list(s.flags.lists.get('--kinds')),
    namespaces: list(s.flags.lists.get('--namespaces')),
    ...(cluster !== undefined ? { cluster } : {}),
    ...(target !== undefined ? { target } : {}),
    ...(exclude !== undefined ? { exclude } : {}),
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export const alertsSubscribeKind = defineKind({
  kind: 'alerts.subscribe',
  routes: [['alerts', 'subscribe']],
  topic: 'alerts',
  runs: 'job',
  role: 'operator',
  build,
  safety: 'mutating',
  display: (draft) => [
    'alerts',
    'subscribe',
    ...(draft.target ? targetWords(draft.target) : []),
    ...opt('--cluster', draft.cluster),
    '--severity',
    draft.severity,
    ...(draft.kinds.length > 0 ? ['--kinds', ...draft.kinds] : []),
    ...(draft.namespaces.length > 0 ? ['--namespaces', ...draft.namespaces] : []),
    ...opt('--exclude', draft.exclude),
  ],
});
