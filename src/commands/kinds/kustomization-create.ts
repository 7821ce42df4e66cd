// `az k8s-configuration flux kustomization create -n CONFIG -k NAME …` (docs/upstream.md §1.2).
//
// Rules:
// 1. Configuration name: -n or the first bare word; kustomization name: -k or the second bare word.
// 2. Only given fields are carried (see `grammar/read-kustomization-change.ts`).
import { switches, targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX, kustomizationFlagWords } from '../display/flux-words.ts';
import { readKustomizationChange } from '../grammar/read-kustomization-change.ts';
import { done } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { KustomizationSpec } from '../types-flux.ts';
import { defineKind } from './define-kind.ts';

export interface KustomizationCreateCommand extends ClusterCommandBase {
  kind: 'kustomization.create';
  configName: string;
  kustomization: KustomizationSpec;
}

export const kustomizationCreateKind = defineKind({
  kind: 'kustomization.create',
  routes: [['flux', 'kustomization', 'create']],
  topic: 'kustomization',
  runs: 'job',
  build: (input) => {
    const { s, fields } = readKustomizationChange(input, 'create');
    return done(s, () => ({ kind: 'kustomization.create', ...fields() }));
  },
  safety: 'mutating',
  display: (draft) => [
    ...FLUX_PREFIX,
    'kustomization',
    'create',
    ...targetWords(draft.target),
    '-n',
    draft.configName,
    '-k',
    draft.kustomization.name,
    ...kustomizationFlagWords(draft.kustomization),
    ...switches(draft.yes, draft.noWait),
  ],
});
