import { createHash } from 'node:crypto';
import { type AlertText, alertText, writeAlertText } from '../engine/alert-text.ts';
import { type FluxEvent, objectRef } from '../engine/flux-event.ts';
import type { ConfigurationStatus, ObjectStatusSummary } from './configuration-status.ts';

/**
 * Compares what Azure reports now with the last snapshot and emits FluxEvents only for what changed,
 * so a steady failing object produces one event, not one per poll. Pure: the caller loads and stores
 * the snapshot (signature per object) in Redis.
 *
 * Rules:
 * 1. Each object in `statuses[]` yields a health event when its complianceState or Ready condition
 *    changed, and a drift event when its `Drifted` condition changed.
 * 2. A configuration with no `statuses[]` (agent missing, nothing applied yet) speaks for itself as
 *    kind FluxConfiguration, so it is not silent.
 * 3. Events carry the source's own time, never fluxops' clock (a cluster clock behind ours must not
 *    make real events look older than the poller's): the condition's `lastTransitionTime` when its
 *    status changed; when only its reason or message changed (a new successful upgrade under
 *    Ready=True) that time did not move, so the configuration's `statusUpdatedAt` (when the agent
 *    reported this state); the poll time only when Azure gives neither.
 * 4. An object with no Ready message gets fluxops' own words (suspended, or its complianceState) as a
 *    note: a catalog key the alert writes in the channel's language; `message` keeps their English.
 */
export interface DiffResult {
  events: FluxEvent[];
  /** objectRef (lower case) → signature, for every object seen in this poll. */
  snapshot: Map<string, string>;
  /** objectRef (lower case) → configuration name, for the engine's lookup of webhook events. */
  configs: Map<string, string>;
}

const HEALTH: Record<string, FluxEvent['health']> = {
  Compliant: 'healthy',
  'Non-Compliant': 'failing',
  Suspended: 'failing',
  Pending: 'progressing',
  Unknown: 'progressing',
};

function short(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

type Condition = ObjectStatusSummary['conditions'][number];

/** Rule 4. */
function ownNote(state: string): AlertText {
  return state === 'Suspended'
    ? alertText('alert.own.compliance.suspended')
    : alertText('alert.own.compliance.state', { state });
}

/** Rule 3: the time a condition's change happened, by the source's clock. */
function changedAt(
  condition: Condition | undefined,
  previousStatus: string | undefined,
  status: ConfigurationStatus,
  pollTime: string,
): string {
  const moved = condition?.lastTransitionTime && condition.status !== previousStatus;
  return (
    (moved ? condition.lastTransitionTime : undefined) ??
    status.statusUpdatedAt ??
    condition?.lastTransitionTime ??
    pollTime
  );
}

function objectEvents(
  status: ConfigurationStatus,
  object: ObjectStatusSummary,
  previous: { ready?: string; drifted?: string },
  pollTime: string,
) {
  const ready = object.conditions.find((condition) => condition.type === 'Ready');
  const drifted = object.conditions.find((condition) => condition.type === 'Drifted');
  const state = object.complianceState ?? 'Unknown';
  const base = {
    cluster: status.cluster,
    kind: object.kind,
    namespace: object.namespace,
    name: object.name,
    revision: status.revision,
    config: status.config,
    source: 'compliance' as const,
  };
  const health: FluxEvent = {
    ...base,
    time: changedAt(ready, previous.ready, status, pollTime),
    severity: state === 'Non-Compliant' ? 'error' : 'info',
    reason: state === 'Suspended' ? 'Suspended' : (ready?.reason ?? state),
    message: ready?.message ?? writeAlertText('en', ownNote(state)),
    health: HEALTH[state] ?? 'progressing',
  };
  if (ready?.message === undefined) health.note = ownNote(state);
  const drift: FluxEvent | undefined = drifted && {
    ...base,
    time: changedAt(drifted, previous.drifted, status, pollTime),
    severity: drifted.status === 'True' ? 'error' : 'info',
    reason: drifted.status === 'True' ? 'DriftDetected' : 'NoDriftDetected',
    message: drifted.message ?? '',
  };
  return {
    health,
    healthSignature: `${state}|${ready?.status}|${ready?.reason}|${short(ready?.message ?? '')}`,
    drift,
    driftSignature: drifted ? `${drifted.status}|${short(drifted.message ?? '')}` : '',
  };
}

export function diffCompliance(
  statuses: ConfigurationStatus[],
  previous: ReadonlyMap<string, string>,
  time: string,
): DiffResult {
  const result: DiffResult = { events: [], snapshot: new Map(), configs: new Map() };
  for (const status of statuses) {
    const objects: ObjectStatusSummary[] = status.objects.length
      ? status.objects
      : [
          {
            kind: 'FluxConfiguration',
            namespace: status.namespace,
            name: status.config,
            complianceState: status.complianceState,
            conditions: status.errorMessage
              ? [{ type: 'Ready', status: 'False', reason: 'AgentNotReporting', message: status.errorMessage }]
              : [],
          },
        ];
    for (const object of objects) {
      const ref = objectRef({ cluster: status.cluster, ...object }).toLowerCase();
      const [oldHealth, oldDrift] = (previous.get(ref) ?? '#').split('#');
      // Signatures start `<complianceState>|<Ready status>|…` and `<Drifted status>|…`.
      const before = { ready: oldHealth?.split('|')[1], drifted: oldDrift?.split('|')[0] };
      const { health, healthSignature, drift, driftSignature } = objectEvents(status, object, before, time);
      if (healthSignature !== oldHealth) result.events.push(health);
      if (drift && driftSignature !== oldDrift) result.events.push(drift);
      result.snapshot.set(ref, `${healthSignature}#${driftSignature}`);
      result.configs.set(ref, status.config);
    }
  }
  return result;
}
