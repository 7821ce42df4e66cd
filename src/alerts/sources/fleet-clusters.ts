import type { ClusterTarget } from '../../commands/types.ts';
import type { ConfigurationStatus } from './configuration-status.ts';

/** One cluster's rows of a fleet query: its ARM id (lower case) and its configurations' statuses. */
export interface FleetCluster {
  id: string;
  statuses: ConfigurationStatus[];
}

/** Which clusters one name stands for in the fleet, and the one the alerts follow. */
export interface FleetChoice {
  /** Statuses by cluster name, one cluster each: what the alert engine is fed. */
  byName: Map<string, ConfigurationStatus[]>;
  /** Names several clusters share that no watched cluster settles, with their ARM ids: not polled. */
  unsettled: { cluster: string; ids: string[] }[];
}

/** `…/fluxConfigurations/x` → the cluster's ARM id, lower case (undefined for an id of another shape). */
export function clusterIdOf(configurationId: string): string | undefined {
  const at = configurationId.toLowerCase().indexOf('/providers/microsoft.kubernetesconfiguration/');
  return at > 0 ? configurationId.slice(0, at).toLowerCase() : undefined;
}

/** Whether an ARM cluster id (lower case) is the watched target's: group, type, name, and subscription when it names one. */
function isTarget(id: string, target: ClusterTarget): boolean {
  const parts = id.split('/');
  // ['', 'subscriptions', S, 'resourcegroups', G, 'providers', RP, TYPE, NAME]
  return (
    parts[4] === target.resourceGroup.toLowerCase() &&
    parts[7] === target.clusterType.toLowerCase() &&
    parts[8] === target.clusterName.toLowerCase() &&
    (target.subscriptionId === undefined || parts[2] === target.subscriptionId.toLowerCase())
  );
}

/**
 * Alert events name clusters by name alone (see stores/watched-clusters.ts), so each name must stand
 * for one cluster. Rules:
 * 1. A name one cluster has is that cluster.
 * 2. A name several clusters share (other resource groups or subscriptions) is the watched cluster of
 *    that name, when it is one of them: `alerts setup` chose it.
 * 3. Otherwise none of them is polled, and the name is reported: merging their statuses would raise
 *    and resolve alerts for one cluster with the other's state.
 */
export async function chooseFleetClusters(
  byName: Map<string, FleetCluster[]>,
  watched: (cluster: string) => Promise<ClusterTarget | undefined>,
): Promise<FleetChoice> {
  const choice: FleetChoice = { byName: new Map(), unsettled: [] };
  for (const [name, clusters] of byName) {
    if (clusters.length === 1) {
      choice.byName.set(name, clusters[0]?.statuses ?? []);
      continue;
    }
    const target = await watched(name);
    const chosen = target && clusters.find((cluster) => isTarget(cluster.id, target));
    if (chosen) choice.byName.set(name, chosen.statuses);
    else choice.unsettled.push({ cluster: name, ids: clusters.map((cluster) => cluster.id).sort() });
  }
  return choice;
}
