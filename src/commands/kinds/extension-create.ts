// `az k8s-extension create` for microsoft.flux (also `extension create …`).
//
// Rules:
// 1. --extension-type must be microsoft.flux (default); scope cluster only; release namespace
//    flux-system only; no --target-namespace (docs/upstream.md §4 scope rules).
// 2. Destructive when it turns a controller off (`<controller>.enabled=false`), which the tutorial uses
//    to re-apply an existing extension; otherwise mutating.
import { switches, targetWords } from '../display/display-words.ts';
import { EXTENSION_PREFIX, settingWords } from '../display/extension-words.ts';
import { EXTENSION_CREATE_FLAGS } from '../flags/extension-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { readExtensionName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { changeSummary } from '../impact-text.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { type ExtensionSettings, readExtensionSettings } from '../read-extension-settings.ts';
import { type ExtensionCommandBase, FLUX_EXTENSION_TYPE, FLUX_RELEASE_NAMESPACE } from '../types-extension.ts';
import { turnsControllerOff } from '../validate/flux-setting-keys.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface ExtensionCreateCommand extends ExtensionCommandBase, ExtensionSettings {
  kind: 'extension.create';
  extensionType: typeof FLUX_EXTENSION_TYPE;
}

function build(input: BuildInput): BuildResult<DraftOf<'extension.create'>> {
  const s = scaffold(input, EXTENSION_CREATE_FLAGS, {
    maxPositionals: 1,
    positionalText: part('problem.part.positional.extension-name'),
    example: 'extension create --config image-automation-controller.enabled=true',
  });
  const name = readExtensionName(s);
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

export const extensionCreateKind = defineKind({
  kind: 'extension.create',
  routes: [['k8s-extension', 'create']],
  topic: 'extension',
  runs: 'job',
  build,
  safety: (draft) => (turnsControllerOff(draft.configurationSettings) ? 'destructive' : 'mutating'),
  impact: (command, locale) => changeSummary(command.target, [], locale),
  display: (draft) => [
    ...EXTENSION_PREFIX,
    'create',
    ...targetWords(draft.target),
    '-n',
    draft.extensionName,
    '--extension-type',
    draft.extensionType,
    ...settingWords(draft),
    ...switches(draft.yes, draft.noWait),
  ],
});
