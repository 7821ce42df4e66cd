// The stand-in's mutable state: clusters, extensions and Flux configurations, keyed by lower-cased
// resource id because ARM ids are case-insensitive. Only handlers mutate it; others use SandboxWorld.
import { EventEmitter } from 'node:events';
import {
  type ExtensionResource,
  FLUX_EXTENSION_TYPE,
  type FluxConfigurationResource,
  type SandboxCluster,
} from './model.ts';
import type { ClusterAddress } from './routes.ts';

export interface StoredExtension {
  cluster: SandboxCluster;
  resource: ExtensionResource;
  /** configurationProtectedSettings: accepted and kept, never returned (x-ms-secret). */
  protectedSettings: Record<string, string>;
}

export interface StoredFluxConfiguration {
  cluster: SandboxCluster;
  resource: FluxConfigurationResource;
  /** configurationProtectedSettings: accepted and kept, never returned (x-ms-secret). */
  protectedSettings: Record<string, string>;
  /** Bumped on every change so a reconcile timer started for an older spec does nothing. */
  generation: number;
}

export type ConfigChange = 'created' | 'updated' | 'provisioned' | 'compliance' | 'deleted' | 'agent-removed';
export type ExtensionChange = 'created' | 'updated' | 'provisioned' | 'deleted';

export interface ConfigChangedEvent {
  change: ConfigChange;
  cluster: SandboxCluster;
  /** A copy of the configuration as GET would return it (last state for `deleted`). */
  config: FluxConfigurationResource;
}

export interface ExtensionChangedEvent {
  change: ExtensionChange;
  cluster: SandboxCluster;
  extension: ExtensionResource;
}

export interface SandboxWorldEvents {
  'config-changed': [ConfigChangedEvent];
  'extension-changed': [ExtensionChangedEvent];
}

const sameName = (left: string, right: string) => left.toLowerCase() === right.toLowerCase();

export class ResourceStore {
  readonly extensions = new Map<string, StoredExtension>();
  readonly fluxConfigurations = new Map<string, StoredFluxConfiguration>();
  readonly events = new EventEmitter<SandboxWorldEvents>();

  constructor(readonly clusters: readonly SandboxCluster[]) {}

  findCluster(address: ClusterAddress): SandboxCluster | undefined {
    return this.clusters.find(
      (cluster) =>
        sameName(cluster.subscriptionId, address.subscriptionId) &&
        sameName(cluster.resourceGroup, address.resourceGroup) &&
        sameName(cluster.clusterRp, address.clusterRp) &&
        sameName(cluster.clusterType, address.clusterType) &&
        sameName(cluster.name, address.clusterName),
    );
  }

  hasResourceGroup(subscriptionId: string, resourceGroup: string): boolean {
    return this.clusters.some(
      (cluster) => sameName(cluster.subscriptionId, subscriptionId) && sameName(cluster.resourceGroup, resourceGroup),
    );
  }

  extensionsOf(cluster: SandboxCluster): StoredExtension[] {
    return [...this.extensions.values()].filter((stored) => stored.cluster === cluster);
  }

  fluxConfigurationsOf(cluster: SandboxCluster): StoredFluxConfiguration[] {
    return [...this.fluxConfigurations.values()].filter((stored) => stored.cluster === cluster);
  }

  fluxExtensionOf(cluster: SandboxCluster): StoredExtension | undefined {
    return this.extensionsOf(cluster).find((stored) =>
      sameName(stored.resource.properties.extensionType, FLUX_EXTENSION_TYPE),
    );
  }

  emitConfig(change: ConfigChange, stored: StoredFluxConfiguration): void {
    this.events.emit('config-changed', { change, cluster: stored.cluster, config: structuredClone(stored.resource) });
  }

  emitExtension(change: ExtensionChange, stored: StoredExtension): void {
    this.events.emit('extension-changed', {
      change,
      cluster: stored.cluster,
      extension: structuredClone(stored.resource),
    });
  }
}
