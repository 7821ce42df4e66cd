// Cluster access and watchers as main.ts needs them: credential sources from config (sandbox: the kube
// stand-in), watchers for KUBE_WATCH clusters (sandbox: every sandbox cluster), events to a port.
import type { TokenCredential } from '@azure/core-auth';
import type { SandboxWorld } from '../../sandbox/arm/world.ts';
import { type KubeSandbox, startKubeSandbox } from '../../sandbox/kube/kube-sandbox.ts';
import { sandboxKubeSource } from '../../sandbox/kube/sandbox-kube-source.ts';
import type { ClusterTarget, ClusterType } from '../commands/types.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log/logger.ts';
import { aksCredentialsSource } from './aks-credentials-source.ts';
import { ClusterAccess } from './cluster-access.ts';
import type { ClusterEventPort } from './cluster-event.ts';
import { type ClusterWatch, watchCluster } from './cluster-watchers.ts';
import { inClusterSource } from './in-cluster-source.ts';
import { kubeconfigFileSource, parseContextMap } from './kubeconfig-file-source.ts';
import type { KubeConfigSource } from './kubeconfig-source.ts';

const RP: Record<ClusterType, string> = {
  connectedClusters: 'Microsoft.Kubernetes',
  managedClusters: 'Microsoft.ContainerService',
  provisionedClusters: 'Microsoft.HybridContainerService',
};

export interface ClusterRuntime {
  access: ClusterAccess;
  kubeSandbox?: KubeSandbox;
  /** Starts the watchers; a cluster that cannot be reached is logged and skipped. */
  startWatchers(port: ClusterEventPort): Promise<void>;
  close(): Promise<void>;
}

export function watchTargets(text: string | undefined): ClusterTarget[] {
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
  sandboxWorld?: SandboxWorld;
  credential?: TokenCredential;
}): Promise<ClusterRuntime> {
  const { config, logger } = options;
  const kube = config.kube;
  const sources: KubeConfigSource[] = [];
  let kubeSandbox: KubeSandbox | undefined;
  if (options.sandboxWorld) {
    kubeSandbox = await startKubeSandbox({ world: options.sandboxWorld });
    sources.push(sandboxKubeSource(kubeSandbox));
    logger.info({ clusters: kubeSandbox.clusters.length }, 'sandbox kube API stand-ins listening (HTTP, loopback)');
  }
  if (kube.inCluster) sources.push(inClusterSource(kube.inCluster));
  if (kube.contexts && kube.kubeconfig)
    sources.push(kubeconfigFileSource(kube.kubeconfig, parseContextMap(kube.contexts)));
  if (!config.sandbox && kube.aksCredentials && options.credential) {
    sources.push(
      aksCredentialsSource({ credential: options.credential, defaultSubscriptionId: config.azure.subscriptionId }),
    );
  }
  const access = new ClusterAccess(sources);
  const watches: ClusterWatch[] = [];
  return {
    access,
    kubeSandbox,
    async startWatchers(port) {
      const targets = options.sandboxWorld
        ? options.sandboxWorld.clusters().map((c) => ({
            resourceGroup: c.resourceGroup,
            clusterName: c.name,
            clusterType: c.clusterType as ClusterType,
            clusterRp: c.clusterRp,
          }))
        : watchTargets(kube.watch);
      for (const target of targets) {
        try {
          const cluster = await access.connect(target);
          watches.push(
            await watchCluster(cluster, {
              target,
              port,
              // On by default in sandbox too: it has no notification-controller, and the ARM stand-in's
              // compliance never sees the kube stand-in's faults (`sandbox fail podinfo`), so Ready
              // transitions are the only way those failures and their recoveries reach the alert engine.
              // (A notification-controller stand-in posting signed webhooks would need the key that only
              // `alerts setup` creates, so the sandbox could not alert before setup.)
              readyTransitions: kube.watchReady ?? true,
              onError: (error) =>
                logger.warn({ cluster: target.clusterName, err: String(error) }, 'cluster watch error'),
            }),
          );
          logger.info({ cluster: target.clusterName }, 'watching cluster');
        } catch (error) {
          logger.warn({ cluster: target.clusterName, err: (error as Error).message }, 'cluster not watched');
        }
      }
    },
    async close() {
      for (const watch of watches) watch.stop();
      await kubeSandbox?.close();
    },
  };
}
