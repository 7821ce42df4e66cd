// `events [NAME]`: recent Kubernetes events of Flux objects.
import { targetWords } from '../display/display-words.ts';
import { CLUSTER_OP_FLAGS, opFields } from '../grammar/cluster-op.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface EventsCommand extends ClusterCommandBase {
  kind: 'events';
  name?: string;
}

export const eventsKind = defineKind({
  kind: 'events',
  routes: [['events']],
  topic: 'events',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, CLUSTER_OP_FLAGS, {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.name'),
      example: 'events cluster-config-apps',
    });
    const name = positional(s, 0);
    return done(s, () => ({ kind: 'events', ...opFields(s), ...(name !== undefined ? { name } : {}) }));
  },
  safety: 'read-only',
  display: (draft) => ['events', ...(draft.name ? [draft.name] : []), ...targetWords(draft.target)],
});
