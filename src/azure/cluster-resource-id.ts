import type { ClusterTarget } from '../commands/types.ts';

/**
 * The cluster's full ARM resource id, `/subscriptions/S/resourceGroups/RG/providers/RP/TYPE/NAME`.
 * A command without its own subscription acts in `defaultSubscriptionId` (the ARM client's).
 */
export function clusterResourceId(target: ClusterTarget, defaultSubscriptionId: string): string {
  const subscription = target.subscriptionId ?? defaultSubscriptionId;
  return `/subscriptions/${subscription}/resourceGroups/${target.resourceGroup}/providers/${target.clusterRp}/${target.clusterType}/${target.clusterName}`;
}
