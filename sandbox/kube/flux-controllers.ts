// What source-, kustomize- and helm-controller do with the requests fluxops makes (docs/upstream.md §F1, §4):
// a new `reconcile.fluxcd.io/requestedAt` is copied to `status.lastHandledReconcileAt` (also while
// suspended); an unsuspended object whose generation moved is reconciled and its Ready condition
// set — False for a HelmRelease with the sandbox's "fail" fault, True otherwise.

import { chartOf } from './flux-manifests.ts';
import type { JsonMap, KubeObject } from './kube-object.ts';
import type { ObjectStore, StoredChange } from './object-store.ts';
import { recordEvent } from './record-event.ts';
import { FLUX_TYPES, type ResourceType, typeKey } from './resource-types.ts';

const REQUESTED_AT = 'reconcile.fluxcd.io/requestedAt';

export interface FluxControllerFaults {
  /** `namespace/name` of HelmReleases whose upgrades fail until cleared. */
  failingReleases: Set<string>;
}

export class FluxControllers {
  private readonly pending = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private readonly store: ObjectStore;
  private readonly faults: FluxControllerFaults;
  private readonly reconcileDelayMs: number;

  constructor(store: ObjectStore, faults: FluxControllerFaults, reconcileDelayMs: number) {
    this.store = store;
    this.faults = faults;
    this.reconcileDelayMs = reconcileDelayMs;
    store.events.on('change', (change) => this.onChange(change));
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  /** Reconciles now, as the controller's own interval would (used by faults). */
  reconcileNow(type: ResourceType, namespace: string, name: string): void {
    this.reconcile(type, namespace, name, true);
  }

  private onChange(change: StoredChange): void {
    if (change.type === 'DELETED') return;
    const type = FLUX_TYPES.find((t) => typeKey(t) === change.typeKey);
    if (!type || !needsReconcile(change.object)) return;
    const key = `${change.typeKey}/${change.object.metadata.namespace}/${change.object.metadata.name}`;
    if (this.pending.has(key)) return;
    this.pending.add(key);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.pending.delete(key);
      this.reconcile(type, change.object.metadata.namespace ?? '', change.object.metadata.name, false);
    }, this.reconcileDelayMs);
    this.timers.add(timer);
  }

  private reconcile(type: ResourceType, namespace: string, name: string, force: boolean): void {
    const object = this.store.get(type, namespace, name);
    if (!object || (!force && !needsReconcile(object))) return;
    const status: JsonMap = { ...(object.status ?? {}) };
    const requested = object.metadata.annotations?.[REQUESTED_AT];
    if (requested) status.lastHandledReconcileAt = requested;
    if (!object.spec?.suspend) {
      status.observedGeneration = object.metadata.generation ?? 1;
      Object.assign(status, this.outcome(type, object, status));
    }
    this.store.put(type, { ...object, status });
  }

  private outcome(type: ResourceType, object: KubeObject, status: JsonMap): JsonMap {
    const before = readyOf(status);
    const at = new Date().toISOString();
    const id = `${object.metadata.namespace}/${object.metadata.name}`;
    if (type.kind === 'HelmRelease') {
      const chart = chartOf(object.metadata.name);
      const version = chart?.version ?? '0.1.0';
      if (this.faults.failingReleases.has(id)) {
        const message = `Helm upgrade failed for release ${id} with chart ${chart?.chart ?? object.metadata.name}@${version}: context deadline exceeded`;
        recordEvent(this.store, object, type.group, 'Warning', 'UpgradeFailed', message, version);
        return {
          failures: Number(status.failures ?? 0) + 1,
          upgradeFailures: Number(status.upgradeFailures ?? 0) + 1,
          conditions: [condition('False', 'UpgradeFailed', message, before, at)],
        };
      }
      if (before?.status === 'True') return {};
      const message = `Helm upgrade succeeded for release ${id}.v2 with chart ${chart?.chart ?? object.metadata.name}@${version}`;
      recordEvent(this.store, object, type.group, 'Normal', 'UpgradeSucceeded', message, version);
      return {
        upgradeFailures: 0,
        failures: 0,
        conditions: [condition('True', 'UpgradeSucceeded', message, before, at)],
      };
    }
    if (type.kind === 'Kustomization') {
      const revision = String(status.lastAppliedRevision ?? '');
      recordEvent(
        this.store,
        object,
        type.group,
        'Normal',
        'ReconciliationSucceeded',
        'Reconciliation finished in 1.2s, next run in 10m0s',
        revision,
      );
      if (before?.status === 'True') return {};
      return {
        conditions: [condition('True', 'ReconciliationSucceeded', `Applied revision: ${revision}`, before, at)],
      };
    }
    const revision = String((status.artifact as JsonMap | undefined)?.revision ?? '');
    recordEvent(
      this.store,
      object,
      type.group,
      'Normal',
      'ArtifactUpToDate',
      `artifact up-to-date with remote revision: '${revision}'`,
      revision,
    );
    if (before?.status === 'True') return {};
    return { conditions: [condition('True', 'Succeeded', `stored artifact for revision '${revision}'`, before, at)] };
  }
}

function needsReconcile(object: KubeObject): boolean {
  const requested = object.metadata.annotations?.[REQUESTED_AT];
  if (requested && requested !== object.status?.lastHandledReconcileAt) return true;
  return !object.spec?.suspend && (object.metadata.generation ?? 1) !== (object.status?.observedGeneration ?? 1);
}

function readyOf(status: JsonMap): JsonMap | undefined {
  const conditions = (status.conditions as JsonMap[] | undefined) ?? [];
  return conditions.find((c) => c.type === 'Ready');
}

function condition(state: string, reason: string, message: string, before: JsonMap | undefined, at: string): JsonMap {
  const changed = before?.status !== state;
  return {
    type: 'Ready',
    status: state,
    reason,
    message,
    lastTransitionTime: changed ? at : (before?.lastTransitionTime ?? at),
  };
}
