// The names cluster commands start with: configuration, kustomization, extension.
//
// Rules:
// 1. A configuration name is -n/--name or the first bare word, and follows the Kubernetes name rules.
// 2. A kustomization name is -k/--kustomization-name or the next bare word (the second, or the first
//    when -n was given); with the configuration name it stays within 62 characters.
// 3. An extension name is -n/--name or the first bare word, default `flux` (the CLI's auto-created name).
import { checkCombinedName } from '../parse-kustomization-group.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { DEFAULT_FLUX_EXTENSION_NAME } from '../types-extension.ts';
import { checkK8sName } from '../validate/k8s-name.ts';
import type { BuildInput } from './build-types.ts';
import { positional, requireName, type Scaffold } from './scaffold.ts';

/** The "unexpected argument" text of commands that take both names as bare words. */
export const BOTH_NAMES = part('problem.part.positional.both-names');

export function readConfigName(s: Scaffold, input: BuildInput): string | undefined {
  const name = requireName(s, '--name', input.path, 'cluster-config');
  if (name !== undefined) s.problems.push(...checkK8sName(name, '--name', '--name cluster-config'));
  return name;
}

export function readKustomizationName(s: Scaffold, input: BuildInput, config: string | undefined): string | undefined {
  const value = s.flags.values.get('--kustomization-name') ?? positional(s, s.flags.values.has('--name') ? 0 : 1);
  if (value === undefined)
    s.problems.push(problem('flag.required', { flag: '--kustomization-name', command: input.path, example: 'apps' }));
  else {
    s.problems.push(...checkK8sName(value, '--kustomization-name', '--kustomization-name apps'));
    if (config !== undefined) s.problems.push(...checkCombinedName(config, value));
  }
  return value;
}

export function readExtensionName(s: Scaffold): string {
  const name = s.flags.values.get('--name') ?? positional(s, 0) ?? DEFAULT_FLUX_EXTENSION_NAME;
  s.problems.push(...checkK8sName(name, '--name', '--name flux', 253));
  return name;
}
