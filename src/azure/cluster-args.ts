import type { ClusterTarget } from '../commands/types.ts';

/**
 * The four path arguments every SDK call on a cluster takes, in the SDK's order:
 * resource group, cluster RP (e.g. Microsoft.Kubernetes), cluster resource name (connectedClusters…),
 * cluster name.
 */
export function clusterArgs(target: ClusterTarget): [string, string, string, string] {
  return [target.resourceGroup, target.clusterRp, target.clusterType, target.clusterName];
}
