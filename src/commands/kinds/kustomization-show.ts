// `az k8s-configuration flux kustomization show -n CONFIG -k NAME`.
import { targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { KUSTOMIZATION_SHOW_FLAGS } from '../flags/kustomization-flags.ts';
import { BOTH_NAMES, readConfigName, readKustomizationName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface KustomizationShowCommand extends ClusterCommandBase {
  kind: 'kustomization.show';
  configName: string;
  kustomizationName: string;
}

export const kustomizationShowKind = defineKind({
  kind: 'kustomization.show',
  routes: [['flux', 'kustomization', 'show']],
  topic: 'kustomization',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, KUSTOMIZATION_SHOW_FLAGS, {
      maxPositionals: 2,
      positionalText: BOTH_NAMES,
      example: 'flux kustomization show -n cluster-config -k apps',
    });
    const config = readConfigName(s, input);
    const kustomization = readKustomizationName(s, input, config);
    return done(s, () => ({
      kind: 'kustomization.show',
      target: s.target!,
      configName: config!,
      kustomizationName: kustomization!,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [
    ...FLUX_PREFIX,
    'kustomization',
    'show',
    ...targetWords(draft.target),
    '-n',
    draft.configName,
    '-k',
    draft.kustomizationName,
  ],
});
