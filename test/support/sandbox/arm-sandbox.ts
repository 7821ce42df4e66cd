// The ARM sandbox as the SDK tests use it: fast (tens of ms delays), the real SDK pointed at it, the
// tutorial's clusters and configuration.
import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { createSandboxSdkClient } from '../../../sandbox/arm/sdk-client.ts';
import { type ArmSandbox, type ArmSandboxOptions, startArmSandbox } from '../../../sandbox/arm/server.ts';

const SUBSCRIPTION_ID = '11111111-2222-3333-4444-555555555555';
export const RG = 'flux-demo-rg';
/** clusterRp, clusterResourceName, clusterName: the SDK's positional cluster arguments. */
export type ClusterArgs = readonly [clusterRp: string, clusterResourceName: string, clusterName: string];
export const ARC: ClusterArgs = ['Microsoft.Kubernetes', 'connectedClusters', 'flux-demo-arc'];
export const AKS: ClusterArgs = ['Microsoft.ContainerService', 'managedClusters', 'flux-demo-aks'];
/** Poll quickly; the sandbox's operations last tens of milliseconds in tests. */
export const FAST = { updateIntervalInMs: 5 } as const;

export async function fastSandbox(options: Partial<ArmSandboxOptions> = {}): Promise<ArmSandbox> {
  return startArmSandbox({ subscriptionId: SUBSCRIPTION_ID, operationDelayMs: 20, reconcileMs: 40, ...options });
}

export function sdkClient(sandbox: ArmSandbox, maxRetries?: number): SourceControlConfigurationClient {
  return createSandboxSdkClient(
    sandbox,
    SUBSCRIPTION_ID,
    maxRetries === undefined ? {} : { retryOptions: { maxRetries, retryDelayInMs: 1 } },
  );
}

export function clusterPath(cluster: ClusterArgs = ARC, resourceGroup = RG): string {
  const [rp, type, name] = cluster;
  return `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${resourceGroup}/providers/${rp}/${type}/${name}/providers/Microsoft.KubernetesConfiguration`;
}

/** The tutorial's configuration (az k8s-configuration flux create … cluster-config) as an SDK body. */
export const TUTORIAL_CONFIG = {
  scope: 'cluster',
  namespace: 'cluster-config',
  sourceKind: 'GitRepository',
  gitRepository: { url: 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt', repositoryRef: { branch: 'main' } },
  kustomizations: {
    infra: { path: './infrastructure', prune: true },
    apps: { path: './apps/staging', prune: true, dependsOn: ['infra'] },
  },
};

export async function installFlux(client: SourceControlConfigurationClient, cluster: ClusterArgs = ARC): Promise<void> {
  await client.extensions.beginCreateAndWait(RG, ...cluster, 'flux', { extensionType: 'microsoft.flux' }, FAST);
}
