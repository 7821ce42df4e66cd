// Ready transitions of Flux objects, for clusters without the notification-controller webhook.
// The memo holds `status/reason` per uid; only a change (or a first sighting that is not Ready=True)
// becomes an event, so a re-list or resume repeats nothing.

import { type FluxObject, readyCondition, revisionOf } from '../ops/flux-object.ts';
import type { ClusterFluxEvent } from './cluster-event.ts';

export type ReadyMemo = Map<string, string>;

export function readyTransition(
  cluster: string,
  kind: string,
  object: FluxObject,
  memo: ReadyMemo,
): ClusterFluxEvent | undefined {
  const uid = object.metadata.uid ?? `${object.metadata.namespace}/${object.metadata.name}`;
  const ready = readyCondition(object);
  if (!ready) return undefined;
  const key = `${ready.status}/${ready.reason ?? ''}`;
  const before = memo.get(uid);
  memo.set(uid, key);
  if (before === key || (before === undefined && ready.status === 'True')) return undefined;
  return {
    cluster: cluster.toLowerCase(),
    kind,
    namespace: object.metadata.namespace ?? '',
    name: object.metadata.name,
    severity: ready.status === 'False' ? 'error' : 'info',
    reason: ready.reason ?? '',
    message: ready.message ?? '',
    revision: revisionOf(kind, object) || undefined,
    time: ready.lastTransitionTime ?? new Date().toISOString(),
    health: ready.status === 'True' ? 'healthy' : ready.status === 'False' ? 'failing' : 'progressing',
    source: 'cluster',
  };
}
