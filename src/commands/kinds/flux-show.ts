// `az k8s-configuration flux show -n NAME` (also `show NAME`).
import { targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { FLUX_SHOW_FLAGS } from '../flags/flux-config-flags.ts';
import { readConfigName } from '../grammar/read-names.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface FluxShowCommand extends ClusterCommandBase {
  kind: 'flux.show';
  name: string;
}

export const fluxShowKind = defineKind({
  kind: 'flux.show',
  routes: [['flux', 'show']],
  topic: 'show',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, FLUX_SHOW_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.configuration-name'),
      example: 'flux show cluster-config',
    });
    const name = readConfigName(s, input);
    return done(s, () => ({
      kind: 'flux.show',
      target: s.target!,
      name: name!,
      yes: s.yes,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'read-only',
  display: (draft) => [...FLUX_PREFIX, 'show', ...targetWords(draft.target), '-n', draft.name],
});
