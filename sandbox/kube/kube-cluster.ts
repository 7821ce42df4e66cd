// One sandbox cluster's API: store + simulated controllers + faults + the HTTP stand-in, and the
// sync from what the ARM stand-in says exists (extension → flux-system pods, configurations → Flux
// objects in the configuration's namespace).
import type { KubeConfig } from '@kubernetes/client-node';
import { LATEST_FLUX_VERSION } from '../arm/flux-versions.ts';
import type { ExtensionResource, FluxConfigurationResource } from '../arm/model.ts';
import type { ConfigChange } from '../arm/store.ts';
import { type FluxControllerFaults, FluxControllers } from './flux-controllers.ts';
import { CONFIG_LABEL, fluxObjectFor, helmRepositoriesFor } from './flux-manifests.ts';
import { FLUX_NAMESPACE, NAMESPACE_TYPE, POD_TYPE, PodLogs, syncFluxSystem } from './flux-system-pods.ts';
import { KubeFaults } from './kube-faults.ts';
import type { JsonMap } from './kube-object.ts';
import { type KubeServer, type LogResult, startKubeServer } from './kube-server.ts';
import { ObjectStore } from './object-store.ts';
import { FLUX_TYPES, type ResourceType, servedVersions } from './resource-types.ts';
import { standInKubeConfig } from './stand-in-kube-config.ts';

export interface KubeClusterOptions {
  name: string;
  token: string;
  reconcileDelayMs: number;
  bookmarkIntervalMs: number;
  historyLimit?: number;
}

export class KubeCluster {
  readonly store: ObjectStore;
  readonly logs = new PodLogs();
  readonly faults: KubeFaults;
  private readonly controllers: FluxControllers;
  private extension: ExtensionResource | undefined;

  readonly options: KubeClusterOptions;
  readonly server: KubeServer;

  private constructor(
    options: KubeClusterOptions,
    server: KubeServer,
    store: ObjectStore,
    state: FluxControllerFaults,
  ) {
    this.options = options;
    this.server = server;
    this.store = store;
    this.controllers = new FluxControllers(store, state, options.reconcileDelayMs);
    this.faults = new KubeFaults(store, this.logs, this.controllers, state);
  }

  static async start(options: KubeClusterOptions): Promise<KubeCluster> {
    const store = new ObjectStore(options.historyLimit);
    let cluster: KubeCluster | undefined;
    const server = await startKubeServer(
      {
        store,
        served: (type) => cluster?.served(type) ?? [],
        readLog: (ns, pod, container, previous) => cluster?.readLog(ns, pod, container, previous) ?? { lines: [] },
      },
      { token: options.token, bookmarkIntervalMs: options.bookmarkIntervalMs },
    );
    cluster = new KubeCluster(options, server, store, { failingReleases: new Set() });
    return cluster;
  }

  /** A client-node KubeConfig for this cluster. */
  kubeConfig(): KubeConfig {
    return standInKubeConfig({ name: this.options.name, server: this.server.url, token: this.options.token });
  }

  /** Flux CRDs exist only while microsoft.flux is installed; their versions follow its version. */
  served(type: ResourceType): string[] {
    if (this.extension?.properties.provisioningState !== 'Succeeded') return [];
    return servedVersions(type, this.extension.properties.currentVersion ?? LATEST_FLUX_VERSION);
  }

  /** Lets tests and the bench serve Flux kinds without going through ARM. */
  installFlux(version = LATEST_FLUX_VERSION, settings: Record<string, string> = {}): void {
    this.syncExtension({
      properties: { provisioningState: 'Succeeded', currentVersion: version, version, configurationSettings: settings },
    } as unknown as ExtensionResource);
  }

  syncExtension(extension: ExtensionResource | undefined): void {
    this.extension = extension;
    syncFluxSystem(this.store, this.logs, extension);
  }

  syncConfiguration(change: ConfigChange, config: FluxConfigurationResource): void {
    const namespace = config.properties.namespace;
    const owned = (kind: ResourceType) =>
      this.store
        .list(kind)
        .filter((o) => o.metadata.namespace === namespace && o.metadata.labels?.[CONFIG_LABEL] === config.name);
    if (change === 'deleted' || change === 'agent-removed') {
      for (const kind of FLUX_TYPES) for (const o of owned(kind)) this.store.delete(kind, namespace, o.metadata.name);
      return;
    }
    if (!this.store.get(NAMESPACE_TYPE, undefined, namespace)) {
      this.store.put(NAMESPACE_TYPE, {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: namespace },
        status: { phase: 'Active' },
      });
    }
    const at = new Date().toISOString();
    const releases = config.properties.statuses.filter((s) => s.kind === 'HelmRelease').map((s) => s.name);
    const wanted = [
      ...config.properties.statuses.map((status) => fluxObjectFor(config, status, at)),
      ...helmRepositoriesFor(config, releases, at),
    ];
    for (const object of wanted) {
      const type = FLUX_TYPES.find((t) => t.kind === object.kind);
      if (!type) continue;
      const existing = this.store.get(type, namespace, object.metadata.name ?? '');
      if (!existing) {
        this.store.put(type, object);
        continue;
      }
      // The agent's first successful apply settles objects still Progressing; later changes belong to the controllers.
      const ready = readyStatus(existing.status);
      if (ready === 'Unknown' && readyStatus(object.status as JsonMap | undefined) === 'True') {
        this.store.put(type, {
          ...existing,
          status: { ...(object.status as JsonMap), observedGeneration: existing.metadata.generation ?? 1 },
        });
      }
    }
  }

  readLog(namespace: string, podName: string, container: string | undefined, previous: boolean): LogResult {
    const pod = this.store.get(POD_TYPE, namespace, podName);
    if (!pod) return { notFound: `pods "${podName}" not found` };
    const names = ((pod.spec?.containers as JsonMap[]) ?? []).map((c) => String(c.name));
    const chosen = container ?? (names.length === 1 ? names[0] : undefined);
    if (!chosen || !names.includes(chosen)) {
      return { notFound: `a container name must be specified for pod ${podName}, choose one of: [${names.join(' ')}]` };
    }
    const lines = this.logs.read(podName, chosen, previous);
    if (!lines) return { notFound: `previous terminated container "${chosen}" in pod "${podName}" not found` };
    return { lines };
  }

  get fluxNamespace(): string {
    return FLUX_NAMESPACE;
  }

  async close(): Promise<void> {
    this.controllers.stop();
    await this.server.close();
  }
}

function readyStatus(status: JsonMap | undefined): string | undefined {
  const conditions = (status?.conditions as JsonMap[] | undefined) ?? [];
  return conditions.find((c) => c.type === 'Ready')?.status as string | undefined;
}
