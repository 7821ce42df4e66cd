import type { LeaseGrant } from './lease.ts';
import type { RedisClient } from './redis-client.ts';

// Rule 4 of the lease (lease.ts): the write and the fence check in one Lua script, so a holder that
// lost its lease cannot slip a write in between checking and writing.

const REPLACE_HASH = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[2], ARGV[i], ARGV[i + 1]) end
return 1`;

const CHECK = `return redis.call('GET', KEYS[1]) == ARGV[1] and 1 or 0`;

/**
 * Replaces the hash at `key` with `fields` only while `grant` is the lease's latest token; false
 * (nothing written) once a later holder took the lease. `key` must share the lease's slot on Redis
 * Cluster (the queue prefix's hash tag does that).
 */
export async function fencedReplaceHash(
  redis: RedisClient,
  grant: LeaseGrant,
  key: string,
  fields: Map<string, string>,
): Promise<boolean> {
  const args = [...fields].flat();
  return Number(await redis.eval(REPLACE_HASH, 2, grant.fenceKey, key, grant.token, ...args)) === 1;
}

/** True while `grant` is still the lease's latest token: for acts whose target cannot run the check itself. */
export async function stillFenced(redis: RedisClient, grant: LeaseGrant): Promise<boolean> {
  return Number(await redis.eval(CHECK, 1, grant.fenceKey, grant.token)) === 1;
}
