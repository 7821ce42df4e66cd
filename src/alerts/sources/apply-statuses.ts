import { fencedReplaceHash, stillFenced } from '../../platform/fenced-write.ts';
import type { LeaseGrant } from '../../platform/lease.ts';
import type { RedisClient } from '../../platform/redis-client.ts';
import type { AlertEngine } from '../engine/alert-engine.ts';
import type { ObjectConfigs } from '../stores/object-configs.ts';
import { diffCompliance } from './compliance-diff.ts';
import type { ConfigurationStatus } from './configuration-status.ts';

/**
 * Feeds one poll's statuses through the engine: load each cluster's snapshot, diff, hand the events
 * to the engine, store the new snapshot. Shared by per-cluster and fleet polling. A poll whose lease
 * was taken by another worker meanwhile stops at the next cluster: its view may be older than the
 * new holder's, and an old snapshot written last would make the next poll report changes again.
 */
export interface ApplyDeps {
  redis: RedisClient;
  prefix: string;
  engine: Pick<AlertEngine, 'handle'>;
  configs: ObjectConfigs;
  /**
   * The poll's lease (one poller per cluster across all workers): each cluster's events go on only
   * while it is still the latest grant, and its snapshot is replaced by a fenced write.
   */
  fence?: LeaseGrant;
}

const PARALLEL = 16;

export async function applyStatuses(
  deps: ApplyDeps,
  byCluster: Map<string, ConfigurationStatus[]>,
  time = new Date().toISOString(),
): Promise<number> {
  const clusters = [...byCluster.keys()];
  const keys = clusters.map((cluster) => `${deps.prefix}:alerts:snapshot:${cluster.toLowerCase()}`);
  const pipeline = deps.redis.pipeline();
  for (const key of keys) pipeline.hgetall(key);
  const snapshots = ((await pipeline.exec()) ?? []).map(
    ([, value]) => new Map(Object.entries((value ?? {}) as Record<string, string>)),
  );
  let emitted = 0;
  for (const [index, cluster] of clusters.entries()) {
    if (deps.fence && !(await stillFenced(deps.redis, deps.fence))) break;
    const result = diffCompliance(byCluster.get(cluster) ?? [], snapshots[index] ?? new Map(), time);
    for (let start = 0; start < result.events.length; start += PARALLEL) {
      await Promise.all(result.events.slice(start, start + PARALLEL).map((event) => deps.engine.handle(event)));
    }
    emitted += result.events.length;
    const key = keys[index] as string;
    // The snapshot is replaced whole, so objects that disappeared stop being remembered.
    if (deps.fence) {
      if (!(await fencedReplaceHash(deps.redis, deps.fence, key, result.snapshot))) break;
    } else {
      const write = deps.redis.multi().del(key);
      if (result.snapshot.size) write.hset(key, Object.fromEntries(result.snapshot));
      await write.exec();
    }
    await deps.configs.remember(result.configs);
  }
  return emitted;
}
