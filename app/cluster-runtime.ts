import type { TokenCredential } from '@azure/core-auth';
import { aksCredentialsSource } from '../src/cluster/access/aks-credentials-source.ts';
import { ClusterAccess } from '../src/cluster/access/cluster-access.ts';
import { inClusterSource } from '../src/cluster/access/in-cluster-source.ts';
import { kubeconfigFileSource, parseContextMap } from '../src/cluster/access/kubeconfig-file-source.ts';
import type { KubeConfigSource } from '../src/cluster/access/kubeconfig-source.ts';
import type { ClusterEventPort } from '../src/cluster/watch/cluster-event.ts';
import { type ClusterWatch, watchCluster } from '../src/cluster/watch/cluster-watchers.ts';
import type { ClusterTarget, ClusterType } from '../src/commands/types.ts';
import type { Config } from '../src/platform/config.ts';
import { type KeptLease, keepLeased } from '../src/platform/keep-leased.ts';
import type { LeaseGrant, RedisLease } from '../src/platform/lease.ts';
import type { Logger } from '../src/platform/logger.ts';

const RP: Record<ClusterType, string> = {
  connectedClusters: 'Microsoft.Kubernetes',
  managedClusters: 'Microsoft.ContainerService',
  provisionedClusters: 'Microsoft.HybridContainerService',
};

/**
 * Cluster access and watchers as the composition root needs them: credential sources from config
 * (plus any the caller adds, e.g. sandbox mode's kube stand-ins), watchers for the given clusters,
 * events to a port.
 */
export interface ClusterRuntime {
  access: ClusterAccess;
  /**
   * Starts the watchers; a cluster that cannot be reached is logged and skipped. With `leases`,
   * each cluster is watched by whichever worker holds its lease, and only there.
   */
  startWatchers(port: ClusterEventPort, leases?: WatchLeases): Promise<void>;
  /** Stops every watcher and releases their leases. */
  close(): Promise<void>;
}

/** Where the watchers' leases come from (one per cluster) and how a watcher checks its grant is still the latest. */
interface WatchLeases {
  lease(name: string): RedisLease;
  stillFenced(grant: LeaseGrant): Promise<boolean>;
}

/** The lease of one cluster's watchers; resource group and name, as cluster names repeat across groups. */
function watchLeaseName(target: ClusterTarget): string {
  return `watch-${target.resourceGroup}/${target.clusterName}`.toLowerCase();
}

/**
 * The watchers' port behind a fence: an event is dropped once Redis says a later grant exists, so a
 * watcher that lost its lease and has not noticed yet adds nothing. When Redis cannot be asked, the
 * event goes on to the port, whose buffer holds it until Redis is back (README: events are held
 * during an outage); if another worker took the lease meanwhile, the engine's compare-and-set and
 * the events' content ids keep its replay from alerting twice.
 */
function fencedPort(port: ClusterEventPort, leases: WatchLeases, grant: LeaseGrant): ClusterEventPort {
  return {
    async onEvent(event) {
      if (await leases.stillFenced(grant).catch(() => true)) await port.onEvent(event);
    },
  };
}

function watchTargets(text: string | undefined): ClusterTarget[] {
  return (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [resourceGroup = '', clusterName = '', type = ''] = entry.split('/');
      const clusterType = type as ClusterType;
      return { resourceGroup, clusterName, clusterType, clusterRp: RP[clusterType] ?? 'Microsoft.Kubernetes' };
    });
}

export async function createClusterRuntime(options: {
  config: Config;
  logger: Logger;
  /** Sources tried before the configured ones (sandbox mode: the kube stand-ins). */
  extraSources?: KubeConfigSource[];
  /** The clusters to watch; default: KUBE_WATCH. */
  watch?: ClusterTarget[];
  credential?: TokenCredential;
}): Promise<ClusterRuntime> {
  const { config, logger } = options;
  const kube = config.kube;
  const sources: KubeConfigSource[] = [...(options.extraSources ?? [])];
  // Sandbox mode reaches real clusters only when asked: a developer's KUBECONFIG must not become
  // reachable from a chat the sandbox serves without authentication.
  const realClusters = !config.sandbox || config.sandboxOptions.useKubeconfig;
  if (realClusters && kube.inCluster) sources.push(inClusterSource(kube.inCluster));
  if (realClusters && kube.contexts && kube.kubeconfig)
    sources.push(kubeconfigFileSource(kube.kubeconfig, parseContextMap(kube.contexts)));
  if (!realClusters && (kube.contexts || kube.inCluster)) {
    logger.info('sandbox mode ignores KUBE_CONTEXTS and KUBE_IN_CLUSTER; set SANDBOX_USE_KUBECONFIG=true to use them');
  }
  if (!config.sandbox && kube.aksCredentials && options.credential) {
    sources.push(
      aksCredentialsSource({ credential: options.credential, defaultSubscriptionId: config.azure.subscriptionId }),
    );
  }
  const access = new ClusterAccess(sources);
  const watches: ClusterWatch[] = [];
  const kept: KeptLease[] = [];
  const watchOptions = (target: ClusterTarget, port: ClusterEventPort) => ({
    target,
    port,
    // On by default in sandbox too: it has no notification-controller, and the ARM stand-in's
    // compliance never sees the kube stand-in's faults (`sandbox fail podinfo`), so Ready
    // transitions are the only way those failures and their recoveries reach the alert engine.
    // (A notification-controller stand-in posting signed webhooks would need the key that only
    // `alerts setup` creates, so the sandbox could not alert before setup.)
    readyTransitions: kube.watchReady ?? true,
    onError: (error: unknown) =>
      logger.warn({ cluster: target.clusterName, err: String(error) }, 'cluster watch error'),
  });
  return {
    access,
    async startWatchers(port, leases) {
      const targets = options.watch ?? watchTargets(kube.watch);
      for (const target of targets) {
        const cluster = target.clusterName;
        if (leases) {
          kept.push(
            keepLeased({
              lease: leases.lease(watchLeaseName(target)),
              start: async (grant) =>
                watchCluster(await access.connect(target), watchOptions(target, fencedPort(port, leases, grant))),
              onHeld: (grant) =>
                logger.info({ cluster, fence: grant.token }, 'watching cluster (this worker holds its lease)'),
              onLost: () => logger.warn({ cluster }, 'cluster watch lease lost; another worker watches it now'),
              onError: (error) => logger.warn({ cluster, err: (error as Error).message }, 'cluster not watched'),
            }),
          );
          continue;
        }
        try {
          watches.push(await watchCluster(await access.connect(target), watchOptions(target, port)));
          logger.info({ cluster }, 'watching cluster');
        } catch (error) {
          logger.warn({ cluster, err: (error as Error).message }, 'cluster not watched');
        }
      }
    },
    async close() {
      for (const watch of watches) watch.stop();
      await Promise.all(kept.map((lease) => lease.stop()));
    },
  };
}
