// `az k8s-extension list` (also `extension list`).
import { targetWords } from '../display/display-words.ts';
import { EXTENSION_PREFIX } from '../display/extension-words.ts';
import { EXTENSION_LIST_FLAGS } from '../flags/extension-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface ExtensionListCommand extends ClusterCommandBase {
  kind: 'extension.list';
}

export const extensionListKind = defineKind({
  kind: 'extension.list',
  routes: [['k8s-extension', 'list']],
  topic: 'extension',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, EXTENSION_LIST_FLAGS, { maxPositionals: 0, example: 'extension list' });
    return done(s, () => ({
      kind: 'extension.list',
      target: s.target!,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [...EXTENSION_PREFIX, 'list', ...targetWords(draft.target)],
});
