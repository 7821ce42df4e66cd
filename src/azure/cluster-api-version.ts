import type { ClusterTarget } from '../commands/types.ts';

/** Microsoft.Resources' api-version for resource groups and their resource lists. */
export const RESOURCE_GROUP_API = '2021-04-01';

/** The api-version each cluster provider serves (ARM refuses a provider's resource at another's). */
const CLUSTER_API: Record<string, string> = {
  'microsoft.kubernetes/connectedclusters': '2024-01-01',
  'microsoft.containerservice/managedclusters': '2024-09-01',
  'microsoft.hybridcontainerservice/provisionedclusters': '2024-01-01',
};

/** The cluster resource types fluxops knows, as `rp/type` in lower case. */
export const CLUSTER_RESOURCE_TYPES: ReadonlySet<string> = new Set(Object.keys(CLUSTER_API));

/** The api-version to read the target's cluster resource at. */
export function clusterApiVersion(target: Pick<ClusterTarget, 'clusterRp' | 'clusterType'>): string {
  return CLUSTER_API[`${target.clusterRp}/${target.clusterType}`.toLowerCase()] ?? '2024-01-01';
}
