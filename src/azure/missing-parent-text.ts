import type { ClusterTarget } from '../commands/types.ts';
import type { MissingLevel } from './locate-not-found.ts';

function clusterFlags(target: ClusterTarget, clusterName: string, clusterType: string): string {
  return `-g ${target.resourceGroup} -c ${clusterName} -t ${clusterType}`;
}

/**
 * The sentence for a missing parent, so a typo in -g, -c or -t is not reported as a missing configuration.
 *
 * Rules:
 * 1. Resource group: say so, name the subscription, and how to list groups.
 * 2. Cluster with a same-named cluster of another type: name that type and the flags to use.
 * 3. Cluster otherwise: the nearest name as "did you mean", then every cluster in the group with its type.
 */
export function missingParentText(target: ClusterTarget, missing: Exclude<MissingLevel, { level: 'child' }>): string {
  if (missing.level === 'resource-group') {
    return `Resource group "${target.resourceGroup}" does not exist in subscription ${missing.subscriptionId} (or fluxops may not read it). Check -g; \`az group list -o table\` lists the groups, e.g. \`-g flux-demo-rg\`.`;
  }
  const head = `There is no ${target.clusterType} cluster named "${target.clusterName}" in resource group ${target.resourceGroup}.`;
  if (missing.otherType) {
    return `${head} There is a ${missing.otherType} cluster of that name: use -t ${missing.otherType} (\`${clusterFlags(target, target.clusterName, missing.otherType)}\`).`;
  }
  const guess = missing.nearest[0];
  const match = guess ? missing.others.find((other) => other.name === guess) : undefined;
  const didYouMean = match
    ? ` Did you mean ${guess} (\`${clusterFlags(target, match.name, match.clusterType)}\`)?`
    : '';
  const listed = missing.others.map((other) => `${other.name} (${other.clusterType})`).join(', ');
  const inGroup = listed
    ? ` Clusters in ${target.resourceGroup}: ${listed}.`
    : ` Resource group ${target.resourceGroup} holds no Kubernetes cluster.`;
  return `${head}${didYouMean}${inGroup}`;
}
