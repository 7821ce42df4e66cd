// `az k8s-configuration flux list` (also `list`).
import { targetWords } from '../display/display-words.ts';
import { FLUX_PREFIX } from '../display/flux-words.ts';
import { FLUX_LIST_FLAGS } from '../flags/flux-config-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface FluxListCommand extends ClusterCommandBase {
  kind: 'flux.list';
}

export const fluxListKind = defineKind({
  kind: 'flux.list',
  routes: [['flux', 'list']],
  topic: 'list',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, FLUX_LIST_FLAGS, { maxPositionals: 0, example: 'flux list' });
    return done(s, () => ({ kind: 'flux.list', target: s.target!, yes: s.yes, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: (draft) => [...FLUX_PREFIX, 'list', ...targetWords(draft.target)],
});
