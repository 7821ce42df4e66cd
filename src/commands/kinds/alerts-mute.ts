// `alerts mute KIND/NAME DURATION`: both are required; the duration uses h/m/s and is not zero.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { CommandBase } from '../types.ts';
import { formatFluxDuration, parseFluxDuration } from '../validate/duration.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface AlertsMuteCommand extends CommandBase {
  kind: 'alerts.mute';
  objectKind: string;
  objectName: string;
  durationSeconds: number;
}

function build(input: BuildInput): BuildResult<DraftOf<'alerts.mute'>> {
  const example = 'alerts mute kustomization/apps 2h';
  const s = scaffold(input, IGNORED_AZ_FLAGS, {
    maxPositionals: 2,
    positionalText: part('problem.part.positional.mute'),
    example,
    needsTarget: false,
  });
  const [ref, durationText] = [positional(s, 0), positional(s, 1)];
  const match = ref === undefined ? null : /^([^/\s]+)\/([^/\s]+)$/.exec(ref);
  if (ref === undefined || durationText === undefined) {
    s.problems.push(
      problem('short.missing-argument', {
        command: 'alerts mute',
        what: part('problem.part.what.mute'),
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
        flag: part('problem.part.flag.duration'),
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

export const alertsMuteKind = defineKind({
  kind: 'alerts.mute',
  routes: [['alerts', 'mute']],
  topic: 'alerts',
  runs: 'job',
  role: 'operator',
  build,
  safety: 'mutating',
  display: (draft) => [
    'alerts',
    'mute',
    `${draft.objectKind}/${draft.objectName}`,
    formatFluxDuration(draft.durationSeconds),
  ],
});
