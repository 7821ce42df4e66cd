// Ready transitions of Flux objects, for clusters without the notification-controller webhook.
// The memo holds `status/reason` per uid; only a change (or a first sighting that is not Ready=True)
// becomes an event, so a re-list or resume repeats nothing. Events carry the cluster's own time.
//
// A HelmRelease's new release while Ready stays True (an upgrade in drift `warn` mode, say) moves
// neither Ready's status nor its lastTransitionTime; its newest release number (`history[0].version`)
// joins the memo, and that release's `lastDeployed` is the event's time, so the engine hears it
// (a successful release also closes a drift alert: src/alerts/engine/drift-closure.ts).

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
  const release = kind === 'HelmRelease' ? object.status?.history?.[0] : undefined;
  const key = `${ready.status}/${ready.reason ?? ''}/${release?.version ?? ''}`;
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
    time: newest(ready.lastTransitionTime, ready.status === 'True' ? release?.lastDeployed : undefined),
    health: ready.status === 'True' ? 'healthy' : ready.status === 'False' ? 'failing' : 'progressing',
    source: 'cluster',
  };
}

/** The later of two source times; fluxops' clock only when the object gives none. */
function newest(transition: string | undefined, deployed: string | undefined): string {
  const times = [transition, deployed].map((t) => (t ? Date.parse(t) : Number.NaN)).filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.max(...times)).toISOString() : new Date().toISOString();
}
