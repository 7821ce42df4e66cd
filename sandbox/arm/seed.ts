// The world the stand-in starts with. By default the tutorial's: resource group flux-demo-rg with the Arc
// cluster flux-demo-arc and the AKS cluster flux-demo-aks, no extension installed yet — and, in
// flux-guardrails-rg, the two clusters microsoft.flux needs a step first on: an AKS cluster built with a
// service principal (flux-demo-spn-aks) and an OpenShift Arc cluster (flux-demo-openshift).
import { beginReconcile } from './compliance.ts';
import { readFluxConfigurationPut } from './flux-config-spec.ts';
import { isKnownFluxVersion, LATEST_FLUX_VERSION } from './flux-versions.ts';
import { childResourceId, FLUX_EXTENSION_TYPE, type JsonObject, type SandboxCluster } from './model.ts';
import type { StandInState } from './stand-in-state.ts';
import { newSystemData } from './stand-in-state.ts';

interface SeedCluster {
  resourceGroup: string;
  name: string;
  /** connectedClusters (Arc), managedClusters (AKS) or provisionedClusters. */
  clusterType: string;
  /** Defaults from the type: Microsoft.Kubernetes, Microsoft.ContainerService, Microsoft.HybridContainerService. */
  clusterRp?: string;
  location?: string;
  /** AKS: the service principal's client id, for a cluster built without managed identity (default `msi`). */
  servicePrincipalClientId?: string;
  /** Arc: the Kubernetes distribution, e.g. `openshift` (default `generic`). */
  distribution?: string;
}

/** An extension that is already installed (provisioningState Succeeded unless told otherwise). */
interface SeedExtension {
  /** Cluster name; must be unique in the seed. */
  cluster: string;
  /** Default `flux`, the name the CLI gives it. */
  name?: string;
  /** Default microsoft.flux. */
  extensionType?: string;
  /** Installed version; default the newest. Pinning an old one (autoUpgradeMinorVersion false) demos version gates. */
  version?: string;
  autoUpgradeMinorVersion?: boolean;
  releaseTrain?: string;
  configurationSettings?: Record<string, string>;
  provisioningState?: 'Succeeded' | 'Failed';
}

/** A configuration that already exists and has reconciled (Compliant, or Suspended if `suspend`). */
interface SeedFluxConfiguration {
  cluster: string;
  name: string;
  /** The `properties` of a PUT body; validated like one. */
  properties: JsonObject;
}

export interface SandboxSeed {
  clusters: SeedCluster[];
  extensions?: SeedExtension[];
  fluxConfigurations?: SeedFluxConfiguration[];
}

export interface TutorialSeedOptions {
  /** Clusters that already have microsoft.flux, by name → installed version (e.g. `{ 'flux-demo-aks': '1.6.1' }`). */
  installedFlux?: Record<string, string>;
}

const TUTORIAL_RESOURCE_GROUP = 'flux-demo-rg';
const GUARD_RAIL_RESOURCE_GROUP = 'flux-guardrails-rg';

export function tutorialSeed(options: TutorialSeedOptions = {}): SandboxSeed {
  return {
    clusters: [
      { resourceGroup: TUTORIAL_RESOURCE_GROUP, name: 'flux-demo-arc', clusterType: 'connectedClusters' },
      { resourceGroup: TUTORIAL_RESOURCE_GROUP, name: 'flux-demo-aks', clusterType: 'managedClusters' },
      {
        resourceGroup: GUARD_RAIL_RESOURCE_GROUP,
        name: 'flux-demo-spn-aks',
        clusterType: 'managedClusters',
        servicePrincipalClientId: '5b7c3a52-0d7e-4a8c-9f4e-2f0c6a1d9e31',
      },
      {
        resourceGroup: GUARD_RAIL_RESOURCE_GROUP,
        name: 'flux-demo-openshift',
        clusterType: 'connectedClusters',
        distribution: 'openshift',
      },
    ],
    extensions: Object.entries(options.installedFlux ?? {}).map(([cluster, version]) => ({
      cluster,
      version,
      autoUpgradeMinorVersion: version === LATEST_FLUX_VERSION,
    })),
  };
}

const DEFAULT_RP: Record<string, string> = {
  connectedclusters: 'Microsoft.Kubernetes',
  managedclusters: 'Microsoft.ContainerService',
  provisionedclusters: 'Microsoft.HybridContainerService',
};

export function seedClusters(seed: SandboxSeed, subscriptionId: string): SandboxCluster[] {
  return seed.clusters.map((cluster) => {
    const clusterRp = cluster.clusterRp ?? DEFAULT_RP[cluster.clusterType.toLowerCase()];
    if (!clusterRp) throw new Error(`Seed cluster '${cluster.name}': give clusterRp for type '${cluster.clusterType}'`);
    return {
      subscriptionId,
      resourceGroup: cluster.resourceGroup,
      clusterRp,
      clusterType: cluster.clusterType,
      name: cluster.name,
      location: cluster.location ?? 'eastus',
      ...(cluster.servicePrincipalClientId ? { servicePrincipalClientId: cluster.servicePrincipalClientId } : {}),
      ...(cluster.distribution ? { distribution: cluster.distribution } : {}),
    };
  });
}

/** Installs the seed's extensions and configurations directly, without operations or delays. */
export function applySeed(context: StandInState, seed: SandboxSeed): void {
  const clusterNamed = (name: string) => {
    const matches = context.store.clusters.filter((cluster) => cluster.name.toLowerCase() === name.toLowerCase());
    if (matches.length !== 1)
      throw new Error(`Seed refers to cluster '${name}', which the seed defines ${matches.length} times`);
    return matches[0] as SandboxCluster;
  };
  for (const extension of seed.extensions ?? []) {
    const cluster = clusterNamed(extension.cluster);
    const name = extension.name ?? 'flux';
    const extensionType = extension.extensionType ?? FLUX_EXTENSION_TYPE;
    const version = extension.version ?? LATEST_FLUX_VERSION;
    if (extensionType === FLUX_EXTENSION_TYPE && !isKnownFluxVersion(version)) {
      throw new Error(`Seed extension '${name}': unknown microsoft.flux version '${version}'`);
    }
    const autoUpgrade = extension.autoUpgradeMinorVersion ?? extension.version === undefined;
    const id = childResourceId(cluster, 'extensions', name);
    context.store.extensions.set(id.toLowerCase(), {
      cluster,
      protectedSettings: {},
      resource: {
        id,
        name,
        type: 'Microsoft.KubernetesConfiguration/extensions',
        systemData: newSystemData(),
        properties: {
          extensionType,
          autoUpgradeMinorVersion: autoUpgrade,
          releaseTrain: extension.releaseTrain ?? 'Stable',
          version: autoUpgrade ? null : version,
          scope: { cluster: { releaseNamespace: extensionType === FLUX_EXTENSION_TYPE ? 'flux-system' : 'default' } },
          configurationSettings: extension.configurationSettings ?? {},
          provisioningState: extension.provisioningState ?? 'Succeeded',
          currentVersion: version,
          statuses: [],
          errorInfo: null,
          isSystemExtension: false,
        },
      },
    });
  }
  for (const config of seed.fluxConfigurations ?? []) {
    const cluster = clusterNamed(config.cluster);
    const { spec, protectedSettings } = readFluxConfigurationPut({ properties: config.properties }, config.name);
    const id = childResourceId(cluster, 'fluxConfigurations', config.name);
    const stored = {
      cluster,
      protectedSettings,
      generation: 0,
      resource: {
        id,
        name: config.name,
        type: 'Microsoft.KubernetesConfiguration/fluxConfigurations' as const,
        systemData: newSystemData(),
        properties: {
          ...spec,
          statuses: [],
          repositoryPublicKey: null,
          sourceSyncedCommitId: null,
          sourceUpdatedAt: null,
          statusUpdatedAt: null,
          complianceState: 'Pending' as const,
          provisioningState: 'Succeeded' as const,
          errorMessage: '',
        },
      },
    };
    context.store.fluxConfigurations.set(id.toLowerCase(), stored);
    beginReconcile(context, stored, true);
  }
}
