// `az k8s-configuration flux kustomization update -n CONFIG -k NAME …`.
//
// Rules:
// 1. Names as for create; an update that changes nothing is a problem.
// 2. Destructive when it turns prune off (`--prune false`), since that strands what the kustomization
//    deployed; otherwise mutating.
import { switches, targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX, kustomizationFlagWords } from '../display/flux-words.ts';
import { readKustomizationChange } from '../grammar/read-kustomization-change.ts';
import { done } from '../grammar/scaffold.ts';
import { changeSummary } from '../impact-text.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { KustomizationSpec } from '../types-flux.ts';
import { defineKind } from './define-kind.ts';

export interface KustomizationUpdateCommand extends ClusterCommandBase {
  kind: 'kustomization.update';
  configName: string;
  kustomization: KustomizationSpec;
}

export const kustomizationUpdateKind = defineKind({
  kind: 'kustomization.update',
  routes: [['flux', 'kustomization', 'update']],
  topic: 'kustomization',
  runs: 'job',
  build: (input) => {
    const { s, fields } = readKustomizationChange(input, 'update');
    return done(s, () => ({ kind: 'kustomization.update', ...fields() }));
  },
  safety: (draft) => (draft.kustomization.prune === false ? 'destructive' : 'mutating'),
  impact: (command, locale) => changeSummary(command.target, [], locale),
  display: (draft) => [
    ...FLUX_PREFIX,
    'kustomization',
    'update',
    ...targetWords(draft.target),
    '-n',
    draft.configName,
    '-k',
    draft.kustomization.name,
    ...kustomizationFlagWords(draft.kustomization),
    ...switches(draft.yes, draft.noWait),
  ],
});
