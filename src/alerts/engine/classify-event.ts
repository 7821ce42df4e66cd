import type { FluxEvent } from './flux-event.ts';

/**
 * What one event says about its object, per track. Alerts are transitions, so most events only
 * confirm the current state; `neutral` ones (progress, change sets) say nothing either way.
 *
 * Rules, in order:
 * 1. Helm drift reasons belong to the drift track, never to health: in `warn` mode Ready stays True.
 *    This holds whoever reports them (webhook, compliance poller, the cluster watchers' core Events).
 * 2. A controller container that died (the cluster watchers' OOMKilled / OOM-watch shutdown / other
 *    restart) is failing at error level, whatever else the event says.
 * 3. Sources that know the health (the compliance poller; the cluster watchers' Ready transitions)
 *    are taken at their word, and the reason still sets the level: waiting reasons are info.
 * 4. `error` severity (a Warning event) means failing, at error level.
 * 5. Known "stuck, not broken" reasons mean failing at info level (only `--severity info` channels hear them).
 * 6. Known success reasons mean healthy; everything else is neutral.
 */
export type Track = 'health' | 'drift';
export type AlertLevel = 'error' | 'info';

export type Signal =
  | { track: Track; state: 'failing'; level: AlertLevel }
  | { track: Track; state: 'healthy' | 'neutral' };

const DRIFT_FAILING = new Set(['DriftDetected', 'DriftCorrectionFailed']);
const DRIFT_HEALTHY = new Set(['DriftCorrected', 'NoDriftDetected']);

/** Reasons the cluster watchers give a controller container's death (src/cluster/cluster-watchers.ts). */
const CRASHED = new Set(['OOMKilled', 'OOMWatchShutdown']);

const WAITING = new Set(['DependencyNotReady', 'HealthCheckCanceled', 'Suspended']);

const SUCCEEDED = new Set([
  'ReconciliationSucceeded',
  'InstallSucceeded',
  'UpgradeSucceeded',
  'TestSucceeded',
  'Succeeded',
  'NewArtifact',
  'ArtifactUpToDate',
  'GitOperationSucceeded',
  'ChartPullSucceeded',
  'ChartPackageSucceeded',
  'BucketOperationSucceeded',
  'Compliant',
]);

export function classifyEvent(event: FluxEvent): Signal {
  if (DRIFT_FAILING.has(event.reason)) return { track: 'drift', state: 'failing', level: 'error' };
  if (DRIFT_HEALTHY.has(event.reason)) return { track: 'drift', state: 'healthy' };
  if (event.source === 'cluster' && CRASHED.has(event.reason))
    return { track: 'health', state: 'failing', level: 'error' };
  if (event.health === 'healthy') return { track: 'health', state: 'healthy' };
  if (event.health === 'progressing') return { track: 'health', state: 'neutral' };
  if (event.health === 'failing' || event.severity === 'error') {
    return { track: 'health', state: 'failing', level: WAITING.has(event.reason) ? 'info' : 'error' };
  }
  if (WAITING.has(event.reason)) return { track: 'health', state: 'failing', level: 'info' };
  if (SUCCEEDED.has(event.reason)) return { track: 'health', state: 'healthy' };
  return { track: 'health', state: 'neutral' };
}

/**
 * The objects a drift message lists: helm-controller writes a summary line, then one line per
 * object (`Deployment/ns/name changed (1 additions, 2 changes, 0 removals)`).
 */
export function driftedObjects(message: string): string[] {
  return message
    .split('\n')
    .slice(1)
    .map((line) => line.trim().replace(/^[-*]\s*/, ''))
    .filter((line) => /^[A-Za-z0-9.]+\/\S+/.test(line));
}
