// One `-k/--kustomization KEY=VALUE …` group (docs/upstream.md §1.3) → a KustomizationSpec.
//
// Rules:
// 1. Each word splits on its first `=`; a word without one is a usage problem.
// 2. Keys match the CLI's spellings and their case/underscore/hyphen variants (`sync_interval`,
//    `syncInterval`, `interval`; `dependsOn`, `depends_on`, `dependencies`, `depends`;
//    `disable_health_check`, `disable-health-check`). Unknown keys are problems with the nearest key
//    (the CLI silently drops them).
// 3. `name` is required in every group (the CLI's module-level set bug lets later groups skip it).
// 4. prune/force/disable_health_check are real booleans; durations are strict and become seconds.
// 5. The name follows the fluxConfiguration name rules; the 62-character combined-name rule is checked by
//    the caller, which knows the configuration name.
import { nearestWord } from './nearest-word.ts';
import { parseDependencies } from './parse-dependencies.ts';
import { type Problem, problem } from './problem.ts';
import { part } from './problem-part.ts';
import type { KustomizationSpec } from './types-flux.ts';
import { readDuration } from './validate/duration.ts';
import { checkK8sName } from './validate/k8s-name.ts';

type KeyField =
  | 'name'
  | 'path'
  | 'prune'
  | 'force'
  | 'dependsOn'
  | 'syncInterval'
  | 'retryInterval'
  | 'timeout'
  | 'disableHealthCheck';

const KEY_ALIASES: Record<string, KeyField> = {
  name: 'name',
  path: 'path',
  prune: 'prune',
  force: 'force',
  dependson: 'dependsOn',
  dependencies: 'dependsOn',
  depends: 'dependsOn',
  interval: 'syncInterval',
  syncinterval: 'syncInterval',
  retryinterval: 'retryInterval',
  timeout: 'timeout',
  disablehealthcheck: 'disableHealthCheck',
};

const KUSTOMIZATION_KEYS = [
  'name',
  'path',
  'prune',
  'force',
  'dependsOn',
  'sync_interval',
  'retry_interval',
  'timeout',
  'disable_health_check',
] as const;

const NAME_EXAMPLE = '--kustomization name=apps';

function parseBooleanWord(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

export function parseKustomizationGroup(words: readonly string[]): { spec?: KustomizationSpec; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw = new Map<KeyField, { key: string; value: string }>();
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) {
      problems.push(problem('kustomization.bad-pair', { value: word, keys: KUSTOMIZATION_KEYS.join(', ') }));
      continue;
    }
    const key = word.slice(0, eq);
    const field = KEY_ALIASES[key.toLowerCase().replace(/[-_]/g, '')];
    if (!field) {
      const keys = KUSTOMIZATION_KEYS.join(', ');
      problems.push(problem('kustomization.unknown-key', { key, keys }, nearestWord(key, KUSTOMIZATION_KEYS)));
      continue;
    }
    if (raw.has(field)) {
      problems.push(problem('kustomization.repeated-key', { key, name: raw.get('name')?.value ?? words.join(' ') }));
    }
    raw.set(field, { key, value: word.slice(eq + 1) });
  }
  const name = raw.get('name')?.value;
  if (name === undefined) {
    problems.push(problem('kustomization.name-missing', { value: words.join(' ') }));
    return { problems };
  }
  problems.push(...checkK8sName(name, part('problem.part.flag.kustomization-name'), NAME_EXAMPLE));
  const spec: KustomizationSpec = { name };
  const path = raw.get('path');
  if (path) spec.path = path.value;
  for (const field of ['prune', 'force', 'disableHealthCheck'] as const) {
    const entry = raw.get(field);
    if (!entry) continue;
    const parsed = parseBooleanWord(entry.value);
    if (parsed === undefined)
      problems.push(problem('kustomization.invalid-boolean', { key: entry.key, value: entry.value }));
    else spec[field] = parsed;
  }
  const depends = raw.get('dependsOn');
  if (depends) spec.dependsOn = readDependencies(depends.value, name, problems);
  const durations = {
    syncInterval: 'syncIntervalSeconds',
    retryInterval: 'retryIntervalSeconds',
    timeout: 'timeoutSeconds',
  } as const;
  for (const [field, target] of Object.entries(durations) as [
    keyof typeof durations,
    (typeof durations)[keyof typeof durations],
  ][]) {
    const entry = raw.get(field);
    const seconds = readDuration(entry?.value, entry?.key ?? field, problems);
    if (seconds !== undefined) spec[target] = seconds;
  }
  return { spec, problems };
}

export function readDependencies(text: string, owner: string, problems: Problem[]): string[] {
  const names = parseDependencies(text);
  for (const entry of names) {
    if (checkK8sName(entry, 'dependsOn', NAME_EXAMPLE).length > 0) {
      problems.push(problem('kustomization.invalid-dependency', { value: entry, name: owner }));
    }
  }
  return names;
}

/** Combined-name rule (docs/upstream.md §1.4, defined but never called by the CLI). */
export function checkCombinedName(configName: string, kustomizationName: string): Problem[] {
  const length = configName.length + kustomizationName.length;
  return length > 62
    ? [
        problem('kustomization.combined-name-too-long', {
          config: configName,
          kustomization: kustomizationName,
          length,
        }),
      ]
    : [];
}
