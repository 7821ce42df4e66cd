// `az k8s-extension show -n NAME` (also `extension show [NAME]`, default `flux`).
import { targetWords } from '../display/display-words.ts';
import { EXTENSION_PREFIX } from '../display/extension-words.ts';
import { EXTENSION_SHOW_FLAGS } from '../flags/extension-flags.ts';
import { readExtensionName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ExtensionCommandBase } from '../types-extension.ts';
import { defineKind } from './define-kind.ts';

export interface ExtensionShowCommand extends ExtensionCommandBase {
  kind: 'extension.show';
}

export const extensionShowKind = defineKind({
  kind: 'extension.show',
  routes: [['k8s-extension', 'show']],
  topic: 'extension',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, EXTENSION_SHOW_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.extension-name'),
      example: 'extension show flux',
    });
    const name = readExtensionName(s);
    return done(s, () => ({
      kind: 'extension.show',
      target: s.target!,
      extensionName: name,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [...EXTENSION_PREFIX, 'show', ...targetWords(draft.target), '-n', draft.extensionName],
});
