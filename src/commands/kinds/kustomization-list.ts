// `az k8s-configuration flux kustomization list -n CONFIG`.
import { targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { KUSTOMIZATION_LIST_FLAGS } from '../flags/kustomization-flags.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface KustomizationListCommand extends ClusterCommandBase {
  kind: 'kustomization.list';
  configName: string;
}

export const kustomizationListKind = defineKind({
  kind: 'kustomization.list',
  routes: [['flux', 'kustomization', 'list']],
  topic: 'kustomization',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, KUSTOMIZATION_LIST_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.configuration-name'),
      example: 'flux kustomization list -n cluster-config',
    });
    const config = readConfigName(s, input);
    return done(s, () => ({
      kind: 'kustomization.list',
      target: s.target!,
      configName: config!,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [...FLUX_PREFIX, 'kustomization', 'list', ...targetWords(draft.target), '-n', draft.configName],
});
