// complianceState as the in-cluster agent would report it: a provisioned configuration is Pending while
// Flux applies it and Compliant `reconcileMs` later; a suspended one is Suspended; one whose agent
// (the microsoft.flux extension) was removed reports nothing (Unknown).
import type { SandboxContext } from './context.ts';
import { pendingObjects, reconciledObjects, sourceRevision } from './flux-objects.ts';
import type { SandboxCluster } from './model.ts';
import type { StoredFluxConfiguration } from './store.ts';

const AGENT_MISSING_MESSAGE =
  "The microsoft.flux extension is not installed on the cluster, so this configuration's status is not being reported.";

/**
 * Starts reconciling the stored spec. With `alreadyWaited` (waitForReconciliation: the operation itself
 * lasted `reconcileMs`) the result is reported at once.
 */
export function beginReconcile(context: SandboxContext, stored: StoredFluxConfiguration, alreadyWaited = false): void {
  const generation = ++stored.generation;
  const { properties } = stored.resource;
  const now = new Date().toISOString();
  properties.errorMessage = '';
  properties.statusUpdatedAt = now;
  if (properties.suspend) {
    properties.complianceState = 'Suspended';
    context.store.emitConfig('compliance', stored);
    return;
  }
  if (alreadyWaited) {
    finishReconcile(context, stored);
    return;
  }
  properties.complianceState = 'Pending';
  properties.statuses = pendingObjects(stored.resource, now);
  context.store.emitConfig('compliance', stored);
  context.scheduler.after(context.timing.reconcileMs, () => {
    const current = context.store.fluxConfigurations.get(stored.resource.id.toLowerCase());
    if (current === stored && stored.generation === generation) finishReconcile(context, stored);
  });
}

function finishReconcile(context: SandboxContext, stored: StoredFluxConfiguration): void {
  const { properties } = stored.resource;
  const now = new Date().toISOString();
  properties.complianceState = 'Compliant';
  properties.statuses = reconciledObjects(stored.resource, now);
  properties.sourceSyncedCommitId = sourceRevision(stored.resource).revision;
  properties.sourceUpdatedAt = now;
  properties.statusUpdatedAt = now;
  context.store.emitConfig('compliance', stored);
}

/** The extension's delete hook removes every FluxConfig from the cluster; ARM keeps the resources. */
export function agentRemoved(context: SandboxContext, cluster: SandboxCluster): void {
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
export function agentInstalled(context: SandboxContext, cluster: SandboxCluster): void {
  for (const stored of context.store.fluxConfigurationsOf(cluster)) {
    const { properties } = stored.resource;
    if (properties.provisioningState === 'Succeeded' && properties.errorMessage === AGENT_MISSING_MESSAGE) {
      beginReconcile(context, stored);
    }
  }
}
