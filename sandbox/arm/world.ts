// Read-only view of the stand-in's state plus its change events, for tests and for the kube stand-in
// that must create the Flux objects each configuration produces. Everything returned is a copy.
import type { ExtensionResource, FluxConfigurationResource, SandboxCluster } from './model.ts';
import type { ResourceStore, SandboxWorldEvents } from './store.ts';

export interface ClusterSelector {
  /** Cluster name (case-insensitive). */
  name: string;
  /** Needed only when two seeded clusters share a name. */
  resourceGroup?: string;
}

export interface ClusterExtension {
  cluster: SandboxCluster;
  extension: ExtensionResource;
}

export interface ClusterFluxConfiguration {
  cluster: SandboxCluster;
  config: FluxConfigurationResource;
}

export class SandboxWorld {
  constructor(private readonly store: ResourceStore) {}

  clusters(): SandboxCluster[] {
    return this.store.clusters.map((cluster) => ({ ...cluster }));
  }

  extensions(cluster?: ClusterSelector): ClusterExtension[] {
    return [...this.store.extensions.values()]
      .filter((stored) => !cluster || selects(cluster, stored.cluster))
      .map((stored) => ({ cluster: { ...stored.cluster }, extension: structuredClone(stored.resource) }));
  }

  extension(cluster: ClusterSelector, name: string): ExtensionResource | undefined {
    return this.extensions(cluster).find((entry) => sameName(entry.extension.name, name))?.extension;
  }

  fluxConfigurations(cluster?: ClusterSelector): ClusterFluxConfiguration[] {
    return [...this.store.fluxConfigurations.values()]
      .filter((stored) => !cluster || selects(cluster, stored.cluster))
      .map((stored) => ({ cluster: { ...stored.cluster }, config: structuredClone(stored.resource) }));
  }

  fluxConfiguration(cluster: ClusterSelector, name: string): FluxConfigurationResource | undefined {
    return this.fluxConfigurations(cluster).find((entry) => sameName(entry.config.name, name))?.config;
  }

  on<K extends keyof SandboxWorldEvents>(event: K, listener: (...args: SandboxWorldEvents[K]) => void): this {
    this.store.events.on(event, listener as never);
    return this;
  }

  off<K extends keyof SandboxWorldEvents>(event: K, listener: (...args: SandboxWorldEvents[K]) => void): this {
    this.store.events.off(event, listener as never);
    return this;
  }

  once<K extends keyof SandboxWorldEvents>(event: K, listener: (...args: SandboxWorldEvents[K]) => void): this {
    this.store.events.once(event, listener as never);
    return this;
  }
}

function sameName(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase();
}

function selects(selector: ClusterSelector, cluster: SandboxCluster): boolean {
  return (
    sameName(selector.name, cluster.name) &&
    (selector.resourceGroup === undefined || sameName(selector.resourceGroup, cluster.resourceGroup))
  );
}
