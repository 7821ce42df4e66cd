// What `flux kustomization create` and `update` both read: the two names and the kustomization's flags.
//
// Rules:
// 1. Only given fields are set (create's `path: ""` default is the body builder's job).
// 2. An update that changes nothing is a problem.
import type { CommandWarning } from '../command-warning.ts';
import { KUSTOMIZATION_CHANGE_FLAGS } from '../flags/kustomization-flags.ts';
import { readDependencies } from '../parse-kustomization-group.ts';
import { problem } from '../problem.ts';
import type { ClusterTarget } from '../types.ts';
import type { KustomizationSpec } from '../types-flux.ts';
import { readDuration } from '../validate/duration.ts';
import type { BuildInput } from './build-types.ts';
import { BOTH_NAMES, readConfigName, readKustomizationName } from './read-names.ts';
import { type Scaffold, scaffold } from './scaffold.ts';

/** The fields both kinds carry besides `kind`. */
interface KustomizationChangeFields {
  target: ClusterTarget;
  configName: string;
  kustomization: KustomizationSpec;
  yes: boolean;
  noWait: boolean;
  warnings: CommandWarning[];
}

function readSpec(s: Scaffold, name: string): KustomizationSpec {
  const spec: KustomizationSpec = { name };
  const path = s.flags.values.get('--path');
  if (path !== undefined) spec.path = path;
  const depends = s.flags.lists.get('--depends-on');
  if (depends) spec.dependsOn = readDependencies(depends.flat().join(','), name, s.problems);
  const durations = [
    ['--timeout', 'timeoutSeconds'],
    ['--sync-interval', 'syncIntervalSeconds'],
    ['--retry-interval', 'retryIntervalSeconds'],
  ] as const;
  for (const [flag, field] of durations) {
    const seconds = readDuration(s.flags.values.get(flag), flag, s.problems);
    if (seconds !== undefined) spec[field] = seconds;
  }
  for (const [flag, field] of [
    ['--prune', 'prune'],
    ['--force', 'force'],
    ['--disable-health-check', 'disableHealthCheck'],
  ] as const) {
    const value = s.flags.switches.get(flag);
    if (value !== undefined) spec[field] = value;
  }
  return spec;
}

export function readKustomizationChange(
  input: BuildInput,
  verb: 'create' | 'update',
): { s: Scaffold; fields: () => KustomizationChangeFields } {
  const example = `flux kustomization ${verb} -n cluster-config -k apps --path ./apps/staging --prune`;
  const s = scaffold(input, KUSTOMIZATION_CHANGE_FLAGS, { maxPositionals: 2, positionalText: BOTH_NAMES, example });
  const config = readConfigName(s, input);
  const kustomization = readKustomizationName(s, input, config);
  const spec = readSpec(s, kustomization ?? '');
  if (verb === 'update' && Object.keys(spec).length === 1 && s.problems.length === 0) {
    s.problems.push(problem('update.nothing', { command: input.path, topic: input.topic, example }));
  }
  const fields = () => ({
    target: s.target!,
    configName: config!,
    kustomization: spec,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  });
  return { s, fields };
}
