// `status [NAME]`: the Flux state of the cluster, or of one configuration or object.
import { targetWords } from '../display/display-words.ts';
import { CLUSTER_OP_FLAGS, opFields } from '../grammar/cluster-op.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface StatusCommand extends ClusterCommandBase {
  kind: 'status';
  /** Optional configuration (or object) name to narrow the status to. */
  name?: string;
}

export const statusKind = defineKind({
  kind: 'status',
  routes: [['status']],
  topic: 'status',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, CLUSTER_OP_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.name'),
      example: 'status cluster-config',
    });
    const name = positional(s, 0);
    return done(s, () => ({ kind: 'status', ...opFields(s), ...(name !== undefined ? { name } : {}) }));
  },
  safety: 'read-only',
  display: (draft) => ['status', ...(draft.name ? [draft.name] : []), ...targetWords(draft.target)],
});
