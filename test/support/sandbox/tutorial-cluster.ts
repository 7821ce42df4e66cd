import { LATEST_FLUX_VERSION } from '../../../sandbox/arm/flux-versions.ts';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import { type ArmSandbox, startArmSandbox } from '../../../sandbox/arm/server.ts';
import { type KubeSandbox, type KubeSandboxOptions, startKubeSandbox } from '../../../sandbox/kube/kube-sandbox.ts';
import { sandboxKubeSource } from '../../../sandbox/kube/sandbox-kube-source.ts';
import { ClusterAccess } from '../../../src/cluster/access/cluster-access.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';

/**
 * The tutorial after `flux create`: flux-demo-arc with microsoft.flux and the cluster-config configuration;
 * `moreConfigurations` adds more of the same repository, each in its own namespace (so podinfo, nginx and
 * redis exist in several namespaces, as two configurations of the tutorial on one cluster make them).
 */
export interface TutorialCluster {
  arm: ArmSandbox;
  kube: KubeSandbox;
  access: ClusterAccess;
  target: ClusterTarget;
  close(): Promise<void>;
}

const ARC_TARGET: ClusterTarget = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};

export async function startTutorialCluster(
  options: {
    fluxVersion?: string;
    kube?: Partial<KubeSandboxOptions>;
    settings?: Record<string, string>;
    moreConfigurations?: string[];
  } = {},
): Promise<TutorialCluster> {
  const seed = tutorialSeed();
  seed.extensions = [
    {
      cluster: 'flux-demo-arc',
      version: options.fluxVersion ?? LATEST_FLUX_VERSION,
      autoUpgradeMinorVersion: false,
      configurationSettings: options.settings,
    },
  ];
  seed.fluxConfigurations = ['cluster-config', ...(options.moreConfigurations ?? [])].map((name) => ({
    cluster: 'flux-demo-arc',
    name,
    properties: {
      scope: 'cluster' as const,
      namespace: name,
      sourceKind: 'GitRepository',
      gitRepository: {
        url: 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
        repositoryRef: { branch: 'main' },
      },
      kustomizations: {
        infra: { path: './infrastructure', prune: true },
        apps: { path: './apps/staging', prune: true, dependsOn: ['infra'] },
      },
    },
  }));
  const arm = await startArmSandbox({
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    seed,
    reconcileMs: 50,
    operationDelayMs: 20,
  });
  const kube = await startKubeSandbox({ world: arm.world, reconcileDelayMs: 50, ...options.kube });
  const access = new ClusterAccess([sandboxKubeSource(kube)]);
  return {
    arm,
    kube,
    access,
    target: ARC_TARGET,
    close: async () => {
      await kube.close();
      await arm.close();
    },
  };
}
