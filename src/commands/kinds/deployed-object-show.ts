// `az k8s-configuration flux deployed-object show -n CONFIG --object-name … --object-namespace …
// --object-kind …`: all three object flags are required.
import { targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { DEPLOYED_OBJECT_SHOW_FLAGS } from '../flags/kustomization-flags.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface DeployedObjectShowCommand extends ClusterCommandBase {
  kind: 'deployed-object.show';
  configName: string;
  objectName: string;
  objectNamespace: string;
  objectKind: string;
}

const EXAMPLE =
  'flux deployed-object show -n cluster-config --object-name cluster-config-apps --object-namespace cluster-config --object-kind Kustomization';

export const deployedObjectShowKind = defineKind({
  kind: 'deployed-object.show',
  routes: [['flux', 'deployed-object', 'show']],
  topic: 'deployed-object',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, DEPLOYED_OBJECT_SHOW_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.configuration-name'),
      example: EXAMPLE,
    });
    const config = readConfigName(s, input);
    const required = (flag: string, sample: string) => {
      const value = s.flags.values.get(flag);
      if (value === undefined)
        s.problems.push(problem('flag.required', { flag, command: input.path, example: sample }));
      return value ?? '';
    };
    const objectName = required('--object-name', 'cluster-config-apps');
    const objectNamespace = required('--object-namespace', 'cluster-config');
    const objectKind = required('--object-kind', 'Kustomization');
    return done(s, () => ({
      kind: 'deployed-object.show',
      target: s.target!,
      configName: config!,
      objectName,
      objectNamespace,
      objectKind,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [
    ...FLUX_PREFIX,
    'deployed-object',
    'show',
    ...targetWords(draft.target),
    '-n',
    draft.configName,
    '--object-name',
    draft.objectName,
    '--object-namespace',
    draft.objectNamespace,
    '--object-kind',
    draft.objectKind,
  ],
});
