import type { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { describeArmError } from '../../azure/arm-error.ts';
import type { ClusterTarget } from '../../commands/types.ts';
import type { Logger } from '../../platform/logger.ts';
import { type ApplyDeps, applyStatuses } from './apply-statuses.ts';
import { fromResourceGraphRow } from './configuration-status.ts';
import { chooseFleetClusters, clusterIdOf, type FleetCluster } from './fleet-clusters.ts';
import type { PollBackoff } from './poll-backoff.ts';

/**
 * Fleet mode (FLEET_QUERY=resourcegraph): one Resource Graph query covers every cluster of the
 * subscriptions, 1,000 rows per page — 10,000 configurations cost 10 reads instead of one list per
 * cluster.
 */
const FLEET_QUERY = `kubernetesconfigurationresources
| where type =~ 'microsoft.kubernetesconfiguration/fluxconfigurations'
| project id, name, properties`;

/** Resource Graph's largest page. */
const FLEET_PAGE_SIZE = 1000;

export interface PollFleetDeps extends ApplyDeps {
  graph: ResourceGraphClient;
  subscriptions: string[];
  backoff: PollBackoff;
  logger: Logger;
  /** The watched cluster of a name (`alerts setup`), which settles a name several clusters share. */
  watched: (cluster: string) => Promise<ClusterTarget | undefined>;
}

export type FleetOutcome =
  | { status: 'polled'; reads: number; configurations: number; clusters: number; events: number }
  | { status: 'backing-off'; waitMs: number };

export async function pollFleet(deps: PollFleetDeps): Promise<FleetOutcome> {
  const waiting = await deps.backoff.remaining('fleet');
  if (waiting > 0) return { status: 'backing-off', waitMs: waiting };
  const byName = new Map<string, FleetCluster[]>();
  let reads = 0;
  let configurations = 0;
  let skipToken: string | undefined;
  try {
    do {
      const page = await deps.graph.resources({
        subscriptions: deps.subscriptions,
        query: FLEET_QUERY,
        options: { top: FLEET_PAGE_SIZE, skipToken, resultFormat: 'objectArray' },
      });
      reads += 1;
      for (const row of (page.data ?? []) as { id?: string; name?: string; properties?: unknown }[]) {
        const status = fromResourceGraphRow(row);
        const id = clusterIdOf(row.id ?? '');
        if (!status || !id) continue;
        configurations += 1;
        const clusters = byName.get(status.cluster) ?? [];
        const cluster = clusters.find((candidate) => candidate.id === id);
        if (cluster) cluster.statuses.push(status);
        else clusters.push({ id, statuses: [status] });
        byName.set(status.cluster, clusters);
      }
      skipToken = page.skipToken;
    } while (skipToken);
  } catch (error) {
    const info = describeArmError(error);
    if (info.statusCode !== 429) throw error;
    const waitMs = await deps.backoff.throttled('fleet', info.retryAfterMs);
    deps.logger.warn({ waitMs }, 'fleet compliance query throttled by Resource Graph; backing off');
    return { status: 'backing-off', waitMs };
  }
  await deps.backoff.succeeded('fleet');
  const { byName: byCluster, unsettled } = await chooseFleetClusters(byName, deps.watched);
  for (const { cluster, ids } of unsettled) {
    deps.logger.warn(
      { cluster, clusters: ids },
      'several clusters share this name and none of them is watched: their compliance is not polled (alerts name clusters by name; `alerts setup` on one of them chooses it)',
    );
  }
  const events = await applyStatuses(deps, byCluster);
  return { status: 'polled', reads, configurations, clusters: byCluster.size, events };
}
