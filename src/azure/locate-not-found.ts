import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { nearestWord } from '../commands/nearest-word.ts';
import type { ClusterTarget } from '../commands/types.ts';
import { armGet } from './arm-get.ts';
import { CLUSTER_RESOURCE_TYPES, clusterApiVersion, RESOURCE_GROUP_API } from './cluster-api-version.ts';
import { isNotFound } from './is-not-found.ts';

/** Which level of `…/resourceGroups/{g}/providers/{rp}/{type}/{cluster}/…/{child}` is missing. */
export type MissingLevel =
  | { level: 'resource-group'; subscriptionId: string }
  | {
      level: 'cluster';
      /** Clusters in the group: `name` and `clusterType` (connectedClusters…). */
      others: { name: string; clusterType: string }[];
      /** A cluster of the same name with another type, when there is one. */
      otherType?: string;
      /** The nearest names in the group, for "did you mean". */
      nearest: string[];
    }
  | { level: 'child' };

interface ResourceList {
  value?: { name?: string; type?: string }[];
  nextLink?: string | null;
}

function subscriptionOf(arm: SourceControlConfigurationClient, target: ClusterTarget): string {
  return target.subscriptionId ?? arm.subscriptionId;
}

async function exists(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function clustersInGroup(arm: SourceControlConfigurationClient, target: ClusterTarget, subscriptionId: string) {
  const list = await armGet<ResourceList>(
    arm,
    ['subscriptions', subscriptionId, 'resourceGroups', target.resourceGroup, 'resources'],
    RESOURCE_GROUP_API,
  );
  return (list.value ?? [])
    .filter((item) => CLUSTER_RESOURCE_TYPES.has((item.type ?? '').toLowerCase()))
    .map((item) => ({ name: item.name ?? '', clusterType: (item.type ?? '').split('/')[1] ?? '' }));
}

/**
 * After a 404 on a cluster's child (a flux configuration, an extension) or its list, reads the parents to say
 * which level is missing. ARM's own 404 does not tell: a missing child comes without a parseable body, and
 * a missing cluster and a missing child both end as 404.
 *
 * Rules:
 * 1. The resource group is read first (Microsoft.Resources); 404 → `resource-group`.
 * 2. Then the cluster at its own provider's api-version; 404 → `cluster`, with the group's clusters (one
 *    list of the group's resources), the type under which a cluster of this name exists if any, and the
 *    nearest names for a typo.
 * 3. Both exist → `child`: the configuration or extension itself is missing.
 * 4. Errors other than 404 while reading (403 without read access on the group, 5xx) propagate.
 */
export async function locateNotFound(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
): Promise<MissingLevel> {
  const subscriptionId = subscriptionOf(arm, target);
  const group = ['subscriptions', subscriptionId, 'resourceGroups', target.resourceGroup];
  if (!(await exists(() => armGet(arm, group, RESOURCE_GROUP_API)))) return { level: 'resource-group', subscriptionId };
  const api = clusterApiVersion(target);
  const cluster = [...group, 'providers', target.clusterRp, target.clusterType, target.clusterName];
  if (await exists(() => armGet(arm, cluster, api))) return { level: 'child' };
  const others = await clustersInGroup(arm, target, subscriptionId);
  const sameName = others.find(
    (other) =>
      other.name.toLowerCase() === target.clusterName.toLowerCase() &&
      other.clusterType.toLowerCase() !== target.clusterType.toLowerCase(),
  );
  const names = [...new Set(others.map((other) => other.name))];
  const nearest = sameName ? [] : [nearestWord(target.clusterName, names)].filter((n): n is string => !!n);
  return { level: 'cluster', others, otherType: sameName?.clusterType, nearest };
}
