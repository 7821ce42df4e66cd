// Drift signals from core Events (docs/upstream.md §F3.1): helm-controller's DriftDetected /
// DriftCorrected / DriftCorrectionFailed on HelmReleases. Events older than the watcher are history,
// not news; an aggregated Event (count rising) is news again.
import type { CoreV1Event } from '@kubernetes/client-node';
import type { ClusterFluxEvent } from './cluster-event.ts';

const DRIFT_REASONS = new Set(['DriftDetected', 'DriftCorrected', 'DriftCorrectionFailed']);

export function driftEvent(cluster: string, event: CoreV1Event, notBefore: Date): ClusterFluxEvent | undefined {
  if (!DRIFT_REASONS.has(event.reason ?? '')) return undefined;
  const at = event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp;
  if (!at || new Date(at).getTime() < notBefore.getTime()) return undefined;
  const group = (event.involvedObject.apiVersion ?? '').split('/')[0] ?? '';
  const annotations = event.metadata.annotations ?? {};
  return {
    cluster: cluster.toLowerCase(),
    kind: event.involvedObject.kind ?? 'HelmRelease',
    namespace: event.involvedObject.namespace ?? '',
    name: event.involvedObject.name ?? '',
    severity: event.type === 'Warning' ? 'error' : 'info',
    reason: event.reason ?? '',
    message: event.message ?? '',
    revision: annotations[`${group}/revision`],
    time: new Date(at).toISOString(),
    source: 'cluster',
  };
}
