// `az k8s-extension delete -n NAME` (also `extension delete [NAME]`): always destructive.
import { t } from '../../replies/catalog/index.ts';
import { optBool, switches, targetWords } from '../display/display-words.ts';
import { EXTENSION_PREFIX } from '../display/extension-words.ts';
import { EXTENSION_DELETE_FLAGS } from '../flags/extension-flags.ts';
import { readExtensionName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { onCluster } from '../impact-text.ts';
import { part } from '../problem-part.ts';
import type { ExtensionCommandBase } from '../types-extension.ts';
import { defineKind } from './define-kind.ts';

export interface ExtensionDeleteCommand extends ExtensionCommandBase {
  kind: 'extension.delete';
  force: boolean;
}

export const extensionDeleteKind = defineKind({
  kind: 'extension.delete',
  routes: [['k8s-extension', 'delete']],
  topic: 'extension',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, EXTENSION_DELETE_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.extension-name'),
      example: 'extension delete flux --yes',
    });
    const name = readExtensionName(s);
    return done(s, () => ({
      kind: 'extension.delete',
      target: s.target!,
      extensionName: name,
      force: s.flags.switches.get('--force') ?? false,
      yes: s.yes,
      noWait: s.noWait,
      warnings: s.warnings,
    }));
  },
  safety: 'destructive',
  impact: (command, locale) =>
    t(locale, 'impact.extension-delete', { name: command.extensionName, where: onCluster(command.target, locale) }),
  display: (draft) => [
    ...EXTENSION_PREFIX,
    'delete',
    ...targetWords(draft.target),
    '-n',
    draft.extensionName,
    ...optBool('--force', draft.force ? true : undefined),
    ...switches(draft.yes, draft.noWait),
  ],
});
