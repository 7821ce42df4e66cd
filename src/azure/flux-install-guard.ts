import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { armGet } from './arm-get.ts';
import { clusterApiVersion } from './cluster-api-version.ts';

/** The Flux controllers that need the `nonroot` SCC on OpenShift (Microsoft's GitOps tutorial). */
const OPENSHIFT_FLUX_CONTROLLERS = [
  'kustomize-controller',
  'helm-controller',
  'source-controller',
  'notification-controller',
  'image-automation-controller',
  'image-reflector-controller',
] as const;

/** What stands between a cluster and a working microsoft.flux install. */
export type InstallBlocker =
  | { kind: 'service-principal'; resourceGroup: string; clusterName: string }
  | { kind: 'openshift'; sccCommands: string[] };

interface ClusterResource {
  properties?: { servicePrincipalProfile?: { clientId?: string }; distribution?: string };
}

/**
 * Reads the cluster resource (at its provider's api-version) before microsoft.flux is installed on it.
 *
 * Rules:
 * 1. AKS built with a service principal (`servicePrincipalProfile.clientId` set and not `msi`):
 *    microsoft.flux does not work there → `service-principal` (the fix is `az aks update --enable-managed-identity`).
 * 2. Arc cluster whose `distribution` is OpenShift: the six controllers need the `nonroot` SCC first →
 *    `openshift`, with the six `oc adm policy` lines.
 * 3. Anything else, or a cluster that cannot be read (the install's own answer tells then) → undefined.
 */
export async function fluxInstallBlocker(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
): Promise<InstallBlocker | undefined> {
  const subscriptionId = target.subscriptionId ?? arm.subscriptionId;
  const path = ['subscriptions', subscriptionId, 'resourceGroups', target.resourceGroup, 'providers'];
  let cluster: ClusterResource;
  try {
    cluster = await armGet<ClusterResource>(
      arm,
      [...path, target.clusterRp, target.clusterType, target.clusterName],
      clusterApiVersion(target),
    );
  } catch {
    return undefined;
  }
  const clientId = cluster?.properties?.servicePrincipalProfile?.clientId;
  if (target.clusterType === 'managedClusters' && clientId && clientId.toLowerCase() !== 'msi') {
    return { kind: 'service-principal', resourceGroup: target.resourceGroup, clusterName: target.clusterName };
  }
  if (/openshift/i.test(cluster?.properties?.distribution ?? '')) {
    return {
      kind: 'openshift',
      sccCommands: OPENSHIFT_FLUX_CONTROLLERS.map(
        (controller) => `oc adm policy add-scc-to-user nonroot system:serviceaccount:flux-system:${controller}`,
      ),
    };
  }
  return undefined;
}
