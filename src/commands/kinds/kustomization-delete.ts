// `az k8s-configuration flux kustomization delete -n CONFIG -k NAME`: always destructive.
import { t } from '../../replies/catalog/index.ts';
import { switches, targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { KUSTOMIZATION_DELETE_FLAGS } from '../flags/kustomization-flags.ts';
import { BOTH_NAMES, readConfigName, readKustomizationName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { onCluster } from '../impact-text.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface KustomizationDeleteCommand extends ClusterCommandBase {
  kind: 'kustomization.delete';
  configName: string;
  kustomizationName: string;
}

export const kustomizationDeleteKind = defineKind({
  kind: 'kustomization.delete',
  routes: [['flux', 'kustomization', 'delete']],
  topic: 'kustomization',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, KUSTOMIZATION_DELETE_FLAGS, {
      maxPositionals: 2,
      positionalText: BOTH_NAMES,
      example: 'flux kustomization delete -n cluster-config -k apps --yes',
    });
    const config = readConfigName(s, input);
    const kustomization = readKustomizationName(s, input, config);
    return done(s, () => ({
      kind: 'kustomization.delete',
      target: s.target!,
      configName: config!,
      kustomizationName: kustomization!,
      yes: s.yes,
      noWait: s.noWait,
      warnings: s.warnings,
    }));
  },
  safety: 'destructive',
  impact: (command, locale) =>
    t(locale, 'impact.kustomization-delete', {
      name: command.kustomizationName,
      config: command.configName,
      where: onCluster(command.target, locale),
    }),
  display: (draft) => [
    ...FLUX_PREFIX,
    'kustomization',
    'delete',
    ...targetWords(draft.target),
    '-n',
    draft.configName,
    '-k',
    draft.kustomizationName,
    ...switches(draft.yes, draft.noWait),
  ],
});
