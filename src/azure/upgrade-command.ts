import type { ClusterTarget } from '../commands/types.ts';

/**
 * The exact command that moves microsoft.flux to `version`. Pinning a version requires auto-upgrade
 * off (`"To pin to specific version, auto-upgrade-minor-version must be set to 'false'."`), so both
 * flags are given. The az form works in a terminal and, pasted, in fluxops.
 */
export function upgradeCommand(target: ClusterTarget, extensionName: string, version: string): string {
  const rp = target.clusterType === 'provisionedClusters' ? ` --cluster-resource-provider ${target.clusterRp}` : '';
  return `az k8s-extension update -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}${rp} -n ${extensionName} --version ${version} --auto-upgrade-minor-version false`;
}
