// Sandbox faults on a cluster's Flux: a HelmRelease that fails, a release that drifts, a controller
// pod that runs out of memory. With helm-controller's OOM watch on, helm-controller instead logs the
// OOMwatch line and exits cleanly (docs/upstream.md §F3.2) — the pod shows `Completed`, not `OOMKilled`.

import type { FluxControllerFaults, FluxControllers } from './flux-controllers.ts';
import { chartOf } from './flux-manifests.ts';
import { controllerPod, logLine, POD_TYPE, type PodLogs } from './flux-system-pods.ts';
import type { JsonMap } from './kube-object.ts';
import type { ObjectStore } from './object-store.ts';
import { recordEvent } from './record-event.ts';
import { FLUX_TYPES } from './resource-types.ts';

const HELM_RELEASE = FLUX_TYPES.find((t) => t.kind === 'HelmRelease')!;

export class KubeFaults {
  private readonly store: ObjectStore;
  private readonly logs: PodLogs;
  private readonly controllers: FluxControllers;
  private readonly state: FluxControllerFaults;

  constructor(store: ObjectStore, logs: PodLogs, controllers: FluxControllers, state: FluxControllerFaults) {
    this.store = store;
    this.logs = logs;
    this.controllers = controllers;
    this.state = state;
  }

  private release(name: string, namespace?: string) {
    const found = this.store
      .list(HELM_RELEASE)
      .find((r) => r.metadata.name === name && (namespace === undefined || r.metadata.namespace === namespace));
    if (!found) throw new Error(`No HelmRelease named "${name}" in the sandbox cluster.`);
    return found;
  }

  /** The release's upgrades fail (Ready=False UpgradeFailed, Warning event) until `recover`. */
  failHelmRelease(name: string, namespace?: string): void {
    const release = this.release(name, namespace);
    this.state.failingReleases.add(`${release.metadata.namespace}/${name}`);
    this.controllers.reconcileNow(HELM_RELEASE, release.metadata.namespace ?? '', name);
  }

  /** Upgrades succeed again; returns the release (`namespace/name`) and whether it was failing. */
  recoverHelmRelease(name: string, namespace?: string): { release: string; wasFailing: boolean } {
    const release = this.release(name, namespace);
    const key = `${release.metadata.namespace}/${name}`;
    const wasFailing = this.state.failingReleases.delete(key);
    this.controllers.reconcileNow(HELM_RELEASE, release.metadata.namespace ?? '', name);
    return { release: key, wasFailing };
  }

  /** Someone edited the release's Deployment: helm-controller's DriftDetected Warning event. */
  driftRelease(name: string, namespace?: string): void {
    const release = this.release(name, namespace);
    const chart = chartOf(name);
    const target = String((release.spec as JsonMap | undefined)?.targetNamespace ?? release.metadata.namespace);
    const message = `Cluster state of release ${release.metadata.namespace}/${name}.v1 has drifted from the desired state:\nDeployment/${target}/${chart?.chart ?? name} changed (0 additions, 1 changes, 0 removals)`;
    recordEvent(this.store, release, HELM_RELEASE.group, 'Warning', 'DriftDetected', message, chart?.version);
  }

  /**
   * The controller's container dies of memory: restart count +1, `lastState.terminated` set, the old
   * log kept as `previous`. Returns how it ended (`OOMKilled`, or `Completed` after an OOM-watch exit).
   */
  oomKill(controller: string): 'OOMKilled' | 'Completed' {
    const pod = controllerPod(this.store, controller);
    if (!pod) throw new Error(`No ${controller} pod in flux-system (is the microsoft.flux extension installed?).`);
    const settings = JSON.parse(pod.metadata.annotations?.['sandbox.fluxops.io/settings'] ?? '{}') as JsonMap;
    const oomWatch =
      controller === 'helm-controller' && settings['helm-controller.outOfMemoryWatch.enabled'] === 'true';
    const containers = ((pod.spec?.containers as JsonMap[]) ?? []).map((c) => String(c.name));
    const main = containers.find((c) => c !== 'fluent-bit') ?? containers[0] ?? 'manager';
    const resources = ((pod.spec?.containers as JsonMap[] | undefined) ?? [])[0]?.resources as JsonMap | undefined;
    const limit = String((resources?.limits as JsonMap | undefined)?.memory ?? '1Gi');
    if (oomWatch) {
      const mib = Number.parseInt(limit, 10) * (limit.endsWith('Gi') ? 1024 : 1);
      this.logs.append(
        pod.metadata.name,
        main,
        logLine('info', 'OOMwatch', `Memory usage is near OOM (${Math.round(mib * 0.96)}Mi/${mib}Mi), shutting down`),
      );
    }
    const now = new Date().toISOString();
    const statuses = ((pod.status?.containerStatuses as JsonMap[]) ?? []).map((status) => {
      if (status.name !== main) return status;
      const started = String(((status.state as JsonMap | undefined)?.running as JsonMap | undefined)?.startedAt ?? now);
      return {
        ...status,
        restartCount: Number(status.restartCount ?? 0) + 1,
        lastState: {
          terminated: oomWatch
            ? { exitCode: 0, reason: 'Completed', startedAt: started, finishedAt: now }
            : { exitCode: 137, reason: 'OOMKilled', startedAt: started, finishedAt: now },
        },
        state: { running: { startedAt: now } },
      };
    });
    this.logs.restart(pod.metadata.name, main);
    this.logs.append(pod.metadata.name, main, logLine('info', 'setup', 'starting manager'));
    this.store.put(POD_TYPE, { ...pod, status: { ...pod.status, containerStatuses: statuses } });
    return oomWatch ? 'Completed' : 'OOMKilled';
  }
}
