// `az k8s-extension update` for microsoft.flux (also `extension update …`), and the short forms
// (`loglevel`, `controllers`, `drift`, `strict-substitution`, `oomwatch`, `resources`, `scale`) that
// become the same update with `configurationSettings` filled (`grammar/extension-short-forms.ts`).
//
// Rules:
// 1. Only what is given is changed; nothing to change is a problem.
// 2. Destructive when it turns a controller off (`<controller>.enabled=false`); otherwise mutating.
import { t } from '../../replies/catalog/index.ts';
import type { Locale } from '../../replies/locale/locale.ts';
import { switches, targetWords } from '../display/display-words.ts';
import { EXTENSION_PREFIX, settingWords } from '../display/extension-words.ts';
import { EXTENSION_UPDATE_FLAGS } from '../flags/extension-flags.ts';
import type { BuildInput, BuildResult } from '../grammar/build-types.ts';
import { buildExtensionShortForm, SHORT_FORM_NAMES } from '../grammar/extension-short-forms.ts';
import { readExtensionName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { changeSummary } from '../impact-text.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import { type ExtensionSettings, readExtensionSettings } from '../read-extension-settings.ts';
import type { ExtensionCommandBase } from '../types-extension.ts';
import { turnsControllerOff } from '../validate/flux-setting-keys.ts';
import { type DraftOf, defineKind } from './define-kind.ts';

export interface ExtensionUpdateCommand extends ExtensionCommandBase, ExtensionSettings {
  kind: 'extension.update';
}

const EXAMPLE = 'extension update --config helm-controller.detectDrift=true';

function build(input: BuildInput): BuildResult<DraftOf<'extension.update'>> {
  const s = scaffold(input, EXTENSION_UPDATE_FLAGS, {
    maxPositionals: 1,
    positionalText: part('problem.part.positional.extension-name'),
    example: EXAMPLE,
  });
  const name = readExtensionName(s);
  const settings = readExtensionSettings(s.flags, s.problems, s.warnings);
  const changes =
    Object.keys(settings.configurationSettings).length +
    Object.keys(settings.configurationProtectedSettings).length +
    (settings.autoUpgradeMinorVersion !== undefined ? 1 : 0) +
    (settings.version !== undefined ? 1 : 0) +
    (settings.releaseTrain !== undefined ? 1 : 0);
  if (changes === 0 && s.problems.length === 0) {
    s.problems.push(problem('update.nothing', { command: input.path, topic: input.topic, example: EXAMPLE }));
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

/** What the update turns off, e.g. `disables helm-controller`. */
function risks(command: ExtensionUpdateCommand, locale: Locale): string[] {
  return Object.entries(command.configurationSettings)
    .filter(([key, value]) => key.endsWith('.enabled') && value === 'false')
    .map(([key]) => t(locale, 'impact.risk.disables', { controller: key.slice(0, -'.enabled'.length) }));
}

export const extensionUpdateKind = defineKind({
  kind: 'extension.update',
  routes: [
    ['k8s-extension', 'update'],
    ...SHORT_FORM_NAMES.map((name) => ({
      words: [name],
      build: buildExtensionShortForm(name),
      topic: name,
      shortForm: name,
    })),
  ],
  topic: 'extension',
  runs: 'job',
  build,
  safety: (draft) => (turnsControllerOff(draft.configurationSettings) ? 'destructive' : 'mutating'),
  impact: (command, locale) => changeSummary(command.target, risks(command, locale), locale),
  display: (draft) => [
    ...EXTENSION_PREFIX,
    'update',
    ...targetWords(draft.target),
    '-n',
    draft.extensionName,
    ...settingWords(draft),
    ...switches(draft.yes, draft.noWait),
  ],
});
