// `az k8s-configuration flux deployed-object list -n CONFIG`.
import { targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { DEPLOYED_OBJECT_LIST_FLAGS } from '../flags/kustomization-flags.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface DeployedObjectListCommand extends ClusterCommandBase {
  kind: 'deployed-object.list';
  configName: string;
}

export const deployedObjectListKind = defineKind({
  kind: 'deployed-object.list',
  routes: [['flux', 'deployed-object', 'list']],
  topic: 'deployed-object',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, DEPLOYED_OBJECT_LIST_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.configuration-name'),
      example: 'flux deployed-object list -n cluster-config',
    });
    const config = readConfigName(s, input);
    return done(s, () => ({
      kind: 'deployed-object.list',
      target: s.target!,
      configName: config!,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [...FLUX_PREFIX, 'deployed-object', 'list', ...targetWords(draft.target), '-n', draft.configName],
});
