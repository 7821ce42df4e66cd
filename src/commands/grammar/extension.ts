/**
 * `az k8s-extension create|update|show|list|delete` for microsoft.flux, and `extension …` without `az`.
 *
 * Rules:
 * 1. The extension name is -n/--name or the first bare word, default `flux` (the CLI's auto-created name).
 * 2. create: --extension-type must be microsoft.flux (default); scope cluster only; release namespace
 *    flux-system only; no --target-namespace (reference §4 scope rules).
 * 3. update: only what is given; nothing to change is a problem.
 */
import {
  EXTENSION_CREATE_FLAGS,
  EXTENSION_DELETE_FLAGS,
  EXTENSION_LIST_FLAGS,
  EXTENSION_SHOW_FLAGS,
  EXTENSION_UPDATE_FLAGS,
} from '../flags/extension-flags.ts';
import { problem } from '../problem.ts';
import { readExtensionSettings } from '../read-extension-settings.ts';
import { DEFAULT_FLUX_EXTENSION_NAME, FLUX_EXTENSION_TYPE, FLUX_RELEASE_NAMESPACE } from '../types-extension.ts';
import { checkK8sName } from '../validate/k8s-name.ts';
import type { BuildInput, BuildResult } from './build-types.ts';
import { done, type Scaffold, scaffold } from './scaffold.ts';

const POSITIONAL = ' and an extension name';

function extensionName(s: Scaffold): string {
  const name = s.flags.values.get('--name') ?? s.positionals[0] ?? DEFAULT_FLUX_EXTENSION_NAME;
  s.problems.push(...checkK8sName(name, '--name', '--name flux', 253));
  return name;
}

export function buildExtensionCreate(input: BuildInput): BuildResult {
  const s = scaffold(input, EXTENSION_CREATE_FLAGS, {
    maxPositionals: 1,
    positionalText: POSITIONAL,
    example: 'extension create --config image-automation-controller.enabled=true',
  });
  const name = extensionName(s);
  const type = s.flags.values.get('--extension-type') ?? FLUX_EXTENSION_TYPE;
  if (type.toLowerCase() !== FLUX_EXTENSION_TYPE)
    s.problems.push(problem('extension.type-unsupported', { value: type }));
  const scope = s.flags.values.get('--scope');
  if (scope !== undefined && scope.toLowerCase() === 'namespace') s.problems.push(problem('extension.namespace-scope'));
  else if (scope !== undefined && scope.toLowerCase() !== 'cluster') {
    s.problems.push(
      problem('flag.invalid-choice', { flag: '--scope', value: scope, accepted: 'cluster', example: 'cluster' }),
    );
  }
  const releaseNamespace = s.flags.values.get('--release-namespace');
  if (releaseNamespace !== undefined && releaseNamespace !== FLUX_RELEASE_NAMESPACE) {
    s.problems.push(problem('extension.release-namespace', { value: releaseNamespace }));
  }
  if (s.flags.values.has('--target-namespace')) s.problems.push(problem('extension.target-namespace'));
  const settings = readExtensionSettings(s.flags, s.problems, s.warnings);
  return done(s, () => ({
    kind: 'extension.create',
    target: s.target!,
    extensionName: name,
    extensionType: FLUX_EXTENSION_TYPE,
    ...settings,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}

export function buildExtensionUpdate(input: BuildInput): BuildResult {
  const s = scaffold(input, EXTENSION_UPDATE_FLAGS, {
    maxPositionals: 1,
    positionalText: POSITIONAL,
    example: 'extension update --config helm-controller.detectDrift=true',
  });
  const name = extensionName(s);
  const settings = readExtensionSettings(s.flags, s.problems, s.warnings);
  const changes =
    Object.keys(settings.configurationSettings).length +
    Object.keys(settings.configurationProtectedSettings).length +
    (settings.autoUpgradeMinorVersion !== undefined ? 1 : 0) +
    (settings.version !== undefined ? 1 : 0) +
    (settings.releaseTrain !== undefined ? 1 : 0);
  if (changes === 0 && s.problems.length === 0) {
    s.problems.push(
      problem('update.nothing', {
        command: input.path,
        topic: input.topic,
        example: 'extension update --config helm-controller.detectDrift=true',
      }),
    );
  }
  return done(s, () => ({
    kind: 'extension.update',
    target: s.target!,
    extensionName: name,
    ...settings,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}

export function buildExtensionShow(input: BuildInput): BuildResult {
  const s = scaffold(input, EXTENSION_SHOW_FLAGS, {
    maxPositionals: 1,
    positionalText: POSITIONAL,
    example: 'extension show flux',
  });
  const name = extensionName(s);
  return done(s, () => ({
    kind: 'extension.show',
    target: s.target!,
    extensionName: name,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildExtensionList(input: BuildInput): BuildResult {
  const s = scaffold(input, EXTENSION_LIST_FLAGS, { maxPositionals: 0, example: 'extension list' });
  return done(s, () => ({
    kind: 'extension.list',
    target: s.target!,
    yes: false,
    noWait: false,
    warnings: s.warnings,
  }));
}

export function buildExtensionDelete(input: BuildInput): BuildResult {
  const s = scaffold(input, EXTENSION_DELETE_FLAGS, {
    maxPositionals: 1,
    positionalText: POSITIONAL,
    example: 'extension delete flux --yes',
  });
  const name = extensionName(s);
  return done(s, () => ({
    kind: 'extension.delete',
    target: s.target!,
    extensionName: name,
    force: s.flags.switches.get('--force') ?? false,
    yes: s.yes,
    noWait: s.noWait,
    warnings: s.warnings,
  }));
}
