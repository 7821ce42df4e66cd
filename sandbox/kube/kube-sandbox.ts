// The cluster side of sandbox mode: one kube API stand-in per cluster the ARM stand-in knows, kept in
// step with it through `world` events — install microsoft.flux and flux-system fills with pods,
// create a configuration and its GitRepository, Kustomizations and HelmReleases appear.
import { randomBytes } from 'node:crypto';
import type { SandboxCluster } from '../arm/model.ts';
import { FLUX_EXTENSION_TYPE } from '../arm/model.ts';
import type { ConfigChangedEvent, ExtensionChangedEvent } from '../arm/store.ts';
import type { SandboxWorld } from '../arm/world.ts';
import { KubeCluster } from './kube-cluster.ts';

export interface KubeSandboxOptions {
  world: SandboxWorld;
  /** Delay of the simulated controllers; default 300 ms. */
  reconcileDelayMs?: number;
  /** Bookmark period; default 10 s (inside client-node's 30 s inactivity abort). 0 = none. */
  bookmarkIntervalMs?: number;
  /** Clusters (by name) whose API is not reachable from fluxops, like an Arc cluster without cluster connect. */
  unreachable?: string[];
}

export interface KubeSandbox {
  clusters: KubeCluster[];
  /** The cluster's stand-in, or undefined when it is unknown or marked unreachable. */
  cluster(name: string, resourceGroup?: string): KubeCluster | undefined;
  close(): Promise<void>;
}

const key = (cluster: Pick<SandboxCluster, 'name' | 'resourceGroup'>) =>
  `${cluster.resourceGroup}/${cluster.name}`.toLowerCase();

export async function startKubeSandbox(options: KubeSandboxOptions): Promise<KubeSandbox> {
  const unreachable = new Set((options.unreachable ?? []).map((n) => n.toLowerCase()));
  const byKey = new Map<string, KubeCluster>();
  for (const cluster of options.world.clusters()) {
    if (unreachable.has(cluster.name.toLowerCase())) continue;
    byKey.set(
      key(cluster),
      await KubeCluster.start({
        name: cluster.name,
        // Each cluster its own random token: a client using the wrong cluster's credentials gets 401.
        token: randomBytes(24).toString('base64url'),
        reconcileDelayMs: options.reconcileDelayMs ?? 300,
        bookmarkIntervalMs: options.bookmarkIntervalMs ?? 10_000,
      }),
    );
  }
  const syncExtension = (cluster: SandboxCluster) => {
    const stand = byKey.get(key(cluster));
    const flux = options.world
      .extensions({ name: cluster.name, resourceGroup: cluster.resourceGroup })
      .find((e) => e.extension.properties.extensionType.toLowerCase() === FLUX_EXTENSION_TYPE);
    stand?.syncExtension(flux?.extension);
  };
  const onExtension = (event: ExtensionChangedEvent) => syncExtension(event.cluster);
  const onConfig = (event: ConfigChangedEvent) =>
    byKey.get(key(event.cluster))?.syncConfiguration(event.change, event.config);
  options.world.on('extension-changed', onExtension);
  options.world.on('config-changed', onConfig);
  for (const cluster of options.world.clusters()) syncExtension(cluster);
  for (const { cluster, config } of options.world.fluxConfigurations()) {
    byKey.get(key(cluster))?.syncConfiguration('provisioned', config);
  }
  return {
    clusters: [...byKey.values()],
    cluster: (name, resourceGroup) =>
      [...byKey.entries()].find(
        ([k]) =>
          k.endsWith(`/${name.toLowerCase()}`) && (!resourceGroup || k.startsWith(`${resourceGroup.toLowerCase()}/`)),
      )?.[1],
    close: async () => {
      options.world.off('extension-changed', onExtension);
      options.world.off('config-changed', onConfig);
      await Promise.all([...byKey.values()].map((c) => c.close()));
    },
  };
}
