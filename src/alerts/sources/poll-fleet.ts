import type { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { describeArmError } from '../../azure/arm-error.ts';
import type { Logger } from '../../platform/logger.ts';
import { type ApplyDeps, applyStatuses } from './apply-statuses.ts';
import { type ConfigurationStatus, fromResourceGraphRow } from './configuration-status.ts';
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
}

export type FleetOutcome =
  | { status: 'polled'; reads: number; configurations: number; clusters: number; events: number }
  | { status: 'backing-off'; waitMs: number };

export async function pollFleet(deps: PollFleetDeps): Promise<FleetOutcome> {
  const waiting = await deps.backoff.remaining('fleet');
  if (waiting > 0) return { status: 'backing-off', waitMs: waiting };
  const byCluster = new Map<string, ConfigurationStatus[]>();
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
        if (!status) continue;
        configurations += 1;
        const list = byCluster.get(status.cluster) ?? [];
        list.push(status);
        byCluster.set(status.cluster, list);
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
  const events = await applyStatuses(deps, byCluster);
  return { status: 'polled', reads, configurations, clusters: byCluster.size, events };
}
