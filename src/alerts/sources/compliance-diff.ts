import { createHash } from 'node:crypto';
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
 * 3. Events carry the poll time: the transition engine orders by time, and "now" is when we learned it.
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

function objectEvents(status: ConfigurationStatus, object: ObjectStatusSummary, time: string) {
  const ready = object.conditions.find((condition) => condition.type === 'Ready');
  const drifted = object.conditions.find((condition) => condition.type === 'Drifted');
  const state = object.complianceState ?? 'Unknown';
  const base = {
    cluster: status.cluster,
    kind: object.kind,
    namespace: object.namespace,
    name: object.name,
    revision: status.revision,
    time,
    config: status.config,
    source: 'compliance' as const,
  };
  const health: FluxEvent = {
    ...base,
    severity: state === 'Non-Compliant' ? 'error' : 'info',
    reason: state === 'Suspended' ? 'Suspended' : (ready?.reason ?? state),
    message: ready?.message ?? (state === 'Suspended' ? 'Reconciliation is suspended.' : `complianceState ${state}`),
    health: HEALTH[state] ?? 'progressing',
  };
  const drift: FluxEvent | undefined = drifted && {
    ...base,
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
      const { health, healthSignature, drift, driftSignature } = objectEvents(status, object, time);
      const [oldHealth, oldDrift] = (previous.get(ref) ?? '#').split('#');
      if (healthSignature !== oldHealth) result.events.push(health);
      if (drift && driftSignature !== oldDrift) result.events.push(drift);
      result.snapshot.set(ref, `${healthSignature}#${driftSignature}`);
      result.configs.set(ref, status.config);
    }
  }
  return result;
}
