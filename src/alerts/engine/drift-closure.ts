import { classifyEvent, type Signal } from './classify-event.ts';
import type { FluxEvent } from './flux-event.ts';

/**
 * Whether an event also closes its HelmRelease's drift alert. helm-controller 1.3.x/1.4.x (the
 * controllers microsoft.flux ships) emit nothing when drift goes away — `NoDriftDetected` is only a
 * condition reason, and the `Drifted` condition exists from helm-controller 1.6 — so drift alerts
 * also close on what those controllers do report.
 *
 * Rules:
 * 1. Only HelmReleases drift.
 * 2. A successful Helm install or upgrade (`InstallSucceeded`, `UpgradeSucceeded`) re-applies the
 *    release's manifest, so the drifted objects are back in the desired state: it closes drift,
 *    whoever reports it (the webhook event, a Ready transition the cluster watchers see, the Ready
 *    reason in the poller's `statuses[]`). If drift remains, the next `DriftDetected` opens it again.
 * 3. Drift's own signals (`DriftCorrected`, `NoDriftDetected`, `Drifted=False`) need no help: they
 *    are the drift track already (classify-event.ts).
 */
const RELEASED = new Set(['InstallSucceeded', 'UpgradeSucceeded']);

export const DRIFT_CLOSED: Signal = { track: 'drift', state: 'healthy' };

export function closesDrift(event: FluxEvent): boolean {
  if (event.kind !== 'HelmRelease' || !RELEASED.has(event.reason)) return false;
  const signal = classifyEvent(event);
  return signal.track === 'health' && signal.state === 'healthy';
}
