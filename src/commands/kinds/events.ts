// `events [NAME] [--namespace NS]`: recent Kubernetes events of Flux objects, of one namespace with
// `--namespace` or `NAMESPACE/NAME` (read-object-ref.ts).
import { opt, targetWords } from '../display/display-words.ts';
import { CLUSTER_OP_FLAGS, opFields } from '../grammar/cluster-op.ts';
import { NAMESPACE_FLAG, readObjectRef } from '../grammar/read-object-ref.ts';
import { done, positional, scaffold } from '../grammar/scaffold.ts';
import { part } from '../problem-part.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface EventsCommand extends ClusterCommandBase {
  kind: 'events';
  name?: string;
  /** Only events of objects in this namespace; undefined: every namespace. */
  namespace?: string;
}

export const eventsKind = defineKind({
  kind: 'events',
  routes: [['events']],
  topic: 'events',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, [...CLUSTER_OP_FLAGS, NAMESPACE_FLAG], {
      maxPositionals: 1,
      positionalText: part('problem.part.positional.name'),
      example: 'events cluster-config-apps',
    });
    const { name, namespace } = readObjectRef(s, positional(s, 0), 'events');
    return done(s, () => ({
      kind: 'events',
      ...opFields(s),
      ...(name !== undefined ? { name } : {}),
      ...(namespace !== undefined ? { namespace } : {}),
    }));
  },
  safety: 'read-only',
  display: (draft) => [
    'events',
    ...(draft.name ? [draft.name] : []),
    ...opt('--namespace', draft.namespace),
    ...targetWords(draft.target),
  ],
});
