import { startRedisSentinel } from '../redis-sentinel.ts';
import type { ScaleOutRedis } from './redis-env.ts';

/**
 * A local Sentinel set of the run's own (1 master, 1 replica, 3 sentinels), given to every process
 * as REDIS_SENTINELS + REDIS_SENTINEL_NAME; `failover()` moves the master to the replica once.
 */
export async function sentinelScaleOutRedis(): Promise<ScaleOutRedis> {
  const set = await startRedisSentinel();
  return {
    env: { REDIS_SENTINELS: set.sentinels, REDIS_SENTINEL_NAME: set.name },
    release: () => set.stop(),
    failover: () => set.failover(),
  };
}
