/**
 * `alerts subscribe|list|unsubscribe|mute|setup` (parsed now, wired later).
 *
 * Rules:
 * 1. subscribe: --severity error|info (default error), --kinds and --namespaces take several words or a
 *    comma list, --exclude must compile as a regular expression, --cluster names a cluster or alias.
 * 2. unsubscribe needs the subscription id; mute needs `<kind>/<name>` and a duration (h/m/s).
 * 3. setup acts on a cluster (flags or channel context); the others only on the channel.
 */
import type { FlagSpec } from '../flags/flag-spec.ts';
import { IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import { problem } from '../problem.ts';
import type { AlertSeverity } from '../types-bot.ts';
import { parseFluxDuration } from '../validate/duration.ts';
import type { BuildInput, BuildResult } from './build-types.ts';
import { done, scaffold } from './scaffold.ts';

const CLUSTER_FLAG: FlagSpec = {
  name: '--cluster',
  arity: 'value',
  example: 'flux-demo-arc',
  help: 'Cluster name or alias.',
};
const SUBSCRIBE_FLAGS: readonly FlagSpec[] = [
  CLUSTER_FLAG,
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

export function buildAlertsSubscribe(input: BuildInput): BuildResult {
  const s = scaffold(input, SUBSCRIBE_FLAGS, {
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
    try {
      new RegExp(exclude);
    } catch (error) {
      s.problems.push(
        problem('alerts.bad-regex', { value: exclude, reason: error instanceof Error ? error.message : 'invalid' }),
      );
    }
  }
  const cluster = s.flags.values.get('--cluster');
  return done(s, () => ({
    kind: 'alerts.subscribe',
    severity: severity as AlertSeverity,
    kinds: list(s.flags.lists.get('--kinds')),
    namespaces: list(s.flags.lists.get('--namespaces')),
    ...(cluster !== undefined ? { cluster } : {}),
    ...(exclude !== undefined ? { exclude } : {}),
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildAlertsList(input: BuildInput): BuildResult {
  const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'alerts list', needsTarget: false });
  return done(s, () => ({ kind: 'alerts.list', yes: false, noWait: false, warnings: s.warnings }));
}

export function buildAlertsUnsubscribe(input: BuildInput): BuildResult {
  const s = scaffold(input, IGNORED_AZ_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a subscription id',
    example: 'alerts unsubscribe 3',
    needsTarget: false,
  });
  const id = s.positionals[0];
  if (id === undefined)
    s.problems.push(
      problem('short.missing-argument', {
        command: 'alerts unsubscribe',
        what: 'a subscription id (see `alerts list`)',
        accepted: 'alerts unsubscribe ID',
        example: 'alerts unsubscribe 3',
      }),
    );
  return done(s, () => ({
    kind: 'alerts.unsubscribe',
    subscriptionId: id!,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildAlertsMute(input: BuildInput): BuildResult {
  const example = 'alerts mute kustomization/apps 2h';
  const s = scaffold(input, IGNORED_AZ_FLAGS, {
    maxPositionals: 2,
    positionalText: ' and <kind>/<name> <duration>',
    example,
    needsTarget: false,
  });
  const [ref, durationText] = s.positionals;
  const match = ref === undefined ? null : /^([^/\s]+)\/([^/\s]+)$/.exec(ref);
  if (ref === undefined || durationText === undefined) {
    s.problems.push(
      problem('short.missing-argument', {
        command: 'alerts mute',
        what: '<kind>/<name> and a duration',
        accepted: 'alerts mute <kind>/<name> <duration>',
        example,
      }),
    );
  }
  if (ref !== undefined && !match) s.problems.push(problem('alerts.mute-target', { value: ref }));
  const seconds = durationText === undefined ? undefined : parseFluxDuration(durationText);
  if (durationText !== undefined && (seconds === undefined || seconds === 0)) {
    s.problems.push(
      problem('duration.invalid', {
        flag: 'duration',
        value: durationText,
        usage: 'alerts mute HelmRelease/podinfo 1h30m',
      }),
    );
  }
  return done(s, () => ({
    kind: 'alerts.mute',
    objectKind: match![1]!,
    objectName: match![2]!,
    durationSeconds: seconds!,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildAlertsSetup(input: BuildInput): BuildResult {
  const s = scaffold(input, [...TARGET_FLAGS, CLUSTER_FLAG, ...IGNORED_AZ_FLAGS], {
    maxPositionals: 0,
    example: 'alerts setup',
  });
  const cluster = s.flags.values.get('--cluster');
  return done(s, () => ({
    kind: 'alerts.setup',
    target: s.target!,
    ...(cluster !== undefined ? { cluster } : {}),
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}
