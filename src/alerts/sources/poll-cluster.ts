import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { describeArmError } from '../../azure/arm-error.ts';
import type { ClusterTarget } from '../../commands/types.ts';
import type { Logger } from '../../platform/logger.ts';
import { type ApplyDeps, applyStatuses } from './apply-statuses.ts';
import { type ConfigurationStatus, fromSdkConfiguration } from './configuration-status.ts';
import type { PollBackoff } from './poll-backoff.ts';

/**
 * One poll of one cluster: a single paged list of its fluxConfigurations (one ARM read per page),
 * skipped while the subscription is throttled.
 */
export interface PollClusterDeps extends ApplyDeps {
  arm: SourceControlConfigurationClient;
  backoff: PollBackoff;
  logger: Logger;
}

export type PollOutcome =
  | { status: 'polled'; reads: number; configurations: number; events: number }
  | { status: 'backing-off'; waitMs: number };

export async function pollCluster(deps: PollClusterDeps, target: ClusterTarget): Promise<PollOutcome> {
  const scope = target.subscriptionId ?? 'default';
  const waiting = await deps.backoff.remaining(scope);
  if (waiting > 0) return { status: 'backing-off', waitMs: waiting };
  const statuses: ConfigurationStatus[] = [];
  let reads = 0;
  try {
    const pages = deps.arm.fluxConfigurations
      .list(target.resourceGroup, target.clusterRp, target.clusterType, target.clusterName)
      .byPage();
    for await (const page of pages) {
      reads += 1;
      for (const configuration of page) statuses.push(fromSdkConfiguration(target.clusterName, configuration));
    }
  } catch (error) {
    const info = describeArmError(error);
    if (info.statusCode !== 429) throw error;
    const waitMs = await deps.backoff.throttled(scope, info.retryAfterMs);
    deps.logger.warn({ cluster: target.clusterName, waitMs }, 'compliance poll throttled by ARM; backing off');
    return { status: 'backing-off', waitMs };
  }
  await deps.backoff.succeeded(scope);
  const events = await applyStatuses(deps, new Map([[target.clusterName.toLowerCase(), statuses]]));
  return { status: 'polled', reads, configurations: statuses.length, events };
}
