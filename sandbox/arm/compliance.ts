// complianceState as the in-cluster agent would report it: a provisioned configuration is Pending while
// Flux applies it and Compliant `reconcileMs` later; a suspended one is Suspended; one whose agent
// (the microsoft.flux extension) was removed reports nothing (Unknown). Each report reaches ARM
// `agentRelayMs` after it is made (SANDBOX_AGENT_RELAY), so reads right after a write are stale, as in Azure.

import { pendingObjects, reconciledObjects, sourceRevision } from './flux-objects.ts';
import type { SandboxCluster } from './model.ts';
import type { StandInState } from './stand-in-state.ts';
import type { StoredFluxConfiguration } from './store.ts';

const AGENT_MISSING_MESSAGE =
  "The microsoft.flux extension is not installed on the cluster, so this configuration's status is not being reported.";

/**
 * The agent's report reaches ARM `agentRelayMs` after it is made (the real agent relays about once a
 * minute), so until then ARM keeps showing the previous report, older than the write. A report of a
 * reconcile that a newer write superseded, or of a configuration since deleted, is dropped.
 */
function relay(context: StandInState, stored: StoredFluxConfiguration, generation: number, report: () => void): void {
  const deliver = () => {
    const current = context.store.fluxConfigurations.get(stored.resource.id.toLowerCase());
    if (current !== stored || stored.generation !== generation) return;
    report();
    stored.resource.properties.statusUpdatedAt = new Date().toISOString();
    context.store.emitConfig('compliance', stored);
  };
  if (context.timing.agentRelayMs <= 0) deliver();
  else context.scheduler.after(context.timing.agentRelayMs, deliver);
}

/**
 * Starts reconciling the stored spec. With `alreadyWaited` (waitForReconciliation: the operation itself
 * lasted `reconcileMs` and waited for the agent's report) the result is reported at once; otherwise each
 * report (Pending, then Compliant `reconcileMs` later) reaches ARM through `relay`.
 */
export function beginReconcile(context: StandInState, stored: StoredFluxConfiguration, alreadyWaited = false): void {
  const generation = ++stored.generation;
  const { properties } = stored.resource;
  if (alreadyWaited) {
    if (properties.suspend) properties.complianceState = 'Suspended';
    else reportReconciled(stored);
    properties.errorMessage = '';
    properties.statusUpdatedAt = new Date().toISOString();
    context.store.emitConfig('compliance', stored);
    return;
  }
  if (properties.suspend) {
    relay(context, stored, generation, () => {
      properties.errorMessage = '';
      properties.complianceState = 'Suspended';
    });
    return;
  }
  relay(context, stored, generation, () => {
    properties.errorMessage = '';
    properties.complianceState = 'Pending';
    properties.statuses = pendingObjects(stored.resource, new Date().toISOString());
  });
  context.scheduler.after(context.timing.reconcileMs, () => {
    if (stored.generation === generation) relay(context, stored, generation, () => reportReconciled(stored));
  });
}

function reportReconciled(stored: StoredFluxConfiguration): void {
  const { properties } = stored.resource;
  const now = new Date().toISOString();
  properties.complianceState = 'Compliant';
  properties.statuses = reconciledObjects(stored.resource, now);
  properties.sourceSyncedCommitId = sourceRevision(stored.resource).revision;
  properties.sourceUpdatedAt = now;
}

/** The extension's delete hook removes every FluxConfig from the cluster; ARM keeps the resources. */
export function agentRemoved(context: StandInState, cluster: SandboxCluster): void {
  for (const stored of context.store.fluxConfigurationsOf(cluster)) {
    stored.generation++;
    const { properties } = stored.resource;
    properties.complianceState = 'Unknown';
    properties.statuses = [];
    properties.errorMessage = AGENT_MISSING_MESSAGE;
    properties.statusUpdatedAt = new Date().toISOString();
    context.store.emitConfig('agent-removed', stored);
  }
}

/** A (re)installed agent picks up configurations that were left without one. */
export function agentInstalled(context: StandInState, cluster: SandboxCluster): void {
  for (const stored of context.store.fluxConfigurationsOf(cluster)) {
    const { properties } = stored.resource;
    if (properties.provisioningState === 'Succeeded' && properties.errorMessage === AGENT_MISSING_MESSAGE) {
      beginReconcile(context, stored);
    }
  }
}
