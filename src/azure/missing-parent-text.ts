import type { ClusterTarget } from '../commands/types.ts';
import { type Locale, t } from '../replies/catalog/index.ts';
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
export function missingParentText(
  target: ClusterTarget,
  missing: Exclude<MissingLevel, { level: 'child' }>,
  locale: Locale = 'en',
): string {
  const group = target.resourceGroup;
  if (missing.level === 'resource-group') {
    return t(locale, 'handler.parent.resourceGroup', { group, subscription: missing.subscriptionId });
  }
  const head = t(locale, 'handler.parent.noCluster', { type: target.clusterType, name: target.clusterName, group });
  if (missing.otherType) {
    const flags = `\`${clusterFlags(target, target.clusterName, missing.otherType)}\``;
    return head + t(locale, 'handler.parent.otherType', { other: missing.otherType, flags });
  }
  const guess = missing.nearest[0];
  const match = guess ? missing.others.find((other) => other.name === guess) : undefined;
  const didYouMean = match
    ? t(locale, 'handler.parent.didYouMean', {
        guess: match.name,
        flags: `\`${clusterFlags(target, match.name, match.clusterType)}\``,
      })
    : '';
  const listed = missing.others.map((other) => `${other.name} (${other.clusterType})`).join(', ');
  const inGroup = listed
    ? t(locale, 'handler.parent.inGroup', { group, listed })
    : t(locale, 'handler.parent.emptyGroup', { group });
  return `${head}${didYouMean}${inGroup}`;
}
