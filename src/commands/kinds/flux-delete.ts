// `az k8s-configuration flux delete -n NAME` (also `delete NAME`).
//
// Rules:
// 1. --force is forceDelete; --yes is recorded.
// 2. Always destructive: with prune=true the kustomizations also delete what they deployed.
import { t } from '../../replies/catalog/index.ts';
import { optBool, switches, targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { FLUX_DELETE_FLAGS } from '../flags/flux-config-flags.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { onCluster } from '../impact-text.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface FluxDeleteCommand extends ClusterCommandBase {
  kind: 'flux.delete';
  name: string;
  force: boolean;
}

export const fluxDeleteKind = defineKind({
  kind: 'flux.delete',
  routes: [['flux', 'delete']],
  topic: 'delete',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, FLUX_DELETE_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.configuration-name'),
      example: 'flux delete cluster-config --yes',
    });
    const name = readConfigName(s, input);
    return done(s, () => ({
      kind: 'flux.delete',
      target: s.target!,
      name: name!,
      force: s.flags.switches.get('--force') ?? false,
      yes: s.yes,
      noWait: s.noWait,
      warnings: s.warnings,
    }));
  },
  safety: 'destructive',
  impact: (command, locale) =>
    t(locale, 'impact.flux-delete', { name: command.name, where: onCluster(command.target, locale) }),
  display: (draft) => [
    ...FLUX_PREFIX,
    'delete',
    ...targetWords(draft.target),
    '-n',
    draft.name,
    ...optBool('--force', draft.force ? true : undefined),
    ...switches(draft.yes, draft.noWait),
  ],
});
