/**
 * `az k8s-configuration flux kustomization create|update|delete|list|show` and
 * `flux deployed-object list|show` (reference §1.2).
 *
 * Rules:
 * 1. Configuration name: -n or the first bare word; kustomization name: -k or the second bare word.
 * 2. Both names follow the name rules and together stay within 62 characters.
 * 3. create/update carry only the given fields (create's `path: ""` default is the body builder's job);
 *    an update that changes nothing is a problem.
 * 4. deployed-object show needs --object-name, --object-namespace and --object-kind.
 */
import {
  DEPLOYED_OBJECT_LIST_FLAGS,
  DEPLOYED_OBJECT_SHOW_FLAGS,
  KUSTOMIZATION_CHANGE_FLAGS,
  KUSTOMIZATION_DELETE_FLAGS,
  KUSTOMIZATION_LIST_FLAGS,
  KUSTOMIZATION_SHOW_FLAGS,
} from '../flags/kustomization-flags.ts';
import { checkCombinedName, readDependencies } from '../parse-kustomization-group.ts';
import { problem } from '../problem.ts';
import type { KustomizationSpec } from '../types-flux.ts';
import { readDuration } from '../validate/duration.ts';
import { checkK8sName } from '../validate/k8s-name.ts';
import type { BuildInput, BuildResult } from './build-types.ts';
import { done, requireName, type Scaffold, scaffold } from './scaffold.ts';

const POSITIONAL = ' and the configuration and kustomization names';

function names(
  s: Scaffold,
  input: BuildInput,
  withKustomization: boolean,
): { config?: string; kustomization?: string } {
  const config = requireName(s, '--name', input.path, 'cluster-config');
  if (config !== undefined) s.problems.push(...checkK8sName(config, '--name', '--name cluster-config'));
  if (!withKustomization) return { config };
  const value = s.flags.values.get('--kustomization-name') ?? s.positionals[s.flags.values.has('--name') ? 0 : 1];
  if (value === undefined)
    s.problems.push(problem('flag.required', { flag: '--kustomization-name', command: input.path, example: 'apps' }));
  else {
    s.problems.push(...checkK8sName(value, '--kustomization-name', '--kustomization-name apps'));
    if (config !== undefined) s.problems.push(...checkCombinedName(config, value));
  }
  return { config, kustomization: value };
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

function change(kind: 'kustomization.create' | 'kustomization.update') {
  return (input: BuildInput): BuildResult => {
    const verb = kind === 'kustomization.create' ? 'create' : 'update';
    const example = `flux kustomization ${verb} -n cluster-config -k apps --path ./apps/staging --prune`;
    const s = scaffold(input, KUSTOMIZATION_CHANGE_FLAGS, { maxPositionals: 2, positionalText: POSITIONAL, example });
    const { config, kustomization } = names(s, input, true);
    const spec = readSpec(s, kustomization ?? '');
    if (kind === 'kustomization.update' && Object.keys(spec).length === 1 && s.problems.length === 0) {
      s.problems.push(problem('update.nothing', { command: input.path, topic: input.topic, example }));
    }
    return done(s, () => ({
      kind,
      target: s.target!,
      configName: config!,
      kustomization: spec,
      yes: s.yes,
      noWait: s.noWait,
      warnings: s.warnings,
    }));
  };
}

export const buildKustomizationCreate = change('kustomization.create');
export const buildKustomizationUpdate = change('kustomization.update');

export function buildKustomizationDelete(input: BuildInput): BuildResult {
  const s = scaffold(input, KUSTOMIZATION_DELETE_FLAGS, {
    maxPositionals: 2,
    positionalText: POSITIONAL,
    example: 'flux kustomization delete -n cluster-config -k apps --yes',
  });
  const { config, kustomization } = names(s, input, true);
  return done(s, () => ({
    kind: 'kustomization.delete',
    target: s.target!,
    configName: config!,
    kustomizationName: kustomization!,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}

export function buildKustomizationShow(input: BuildInput): BuildResult {
  const s = scaffold(input, KUSTOMIZATION_SHOW_FLAGS, {
    maxPositionals: 2,
    positionalText: POSITIONAL,
    example: 'flux kustomization show -n cluster-config -k apps',
  });
  const { config, kustomization } = names(s, input, true);
  return done(s, () => ({
    kind: 'kustomization.show',
    target: s.target!,
    configName: config!,
    kustomizationName: kustomization!,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildKustomizationList(input: BuildInput): BuildResult {
  const s = scaffold(input, KUSTOMIZATION_LIST_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example: 'flux kustomization list -n cluster-config',
  });
  const { config } = names(s, input, false);
  return done(s, () => ({
    kind: 'kustomization.list',
    target: s.target!,
    configName: config!,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildDeployedObjectList(input: BuildInput): BuildResult {
  const s = scaffold(input, DEPLOYED_OBJECT_LIST_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example: 'flux deployed-object list -n cluster-config',
  });
  const { config } = names(s, input, false);
  return done(s, () => ({
    kind: 'deployed-object.list',
    target: s.target!,
    configName: config!,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildDeployedObjectShow(input: BuildInput): BuildResult {
  const example =
    'flux deployed-object show -n cluster-config --object-name cluster-config-apps --object-namespace cluster-config --object-kind Kustomization';
  const s = scaffold(input, DEPLOYED_OBJECT_SHOW_FLAGS, {
    maxPositionals: 1,
    positionalText: ' and a configuration name',
    example,
  });
  const { config } = names(s, input, false);
  const required = (flag: string, sample: string) => {
    const value = s.flags.values.get(flag);
    if (value === undefined) s.problems.push(problem('flag.required', { flag, command: input.path, example: sample }));
    return value ?? '';
  };
  const objectName = required('--object-name', 'cluster-config-apps');
  const objectNamespace = required('--object-namespace', 'cluster-config');
  const objectKind = required('--object-kind', 'Kustomization');
  return done(s, () => ({
    kind: 'deployed-object.show',
    target: s.target!,
    configName: config!,
    objectName,
    objectNamespace,
    objectKind,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}
