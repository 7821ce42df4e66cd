import type { Cluster } from 'ioredis';
import type { RedisClient } from './redis-client.ts';

/**
 * Deletes every key under `prefix` (SCAN, never KEYS, so a shared Redis is not blocked). On Redis
 * Cluster SCAN sees one node only, so every master is scanned, and each key is deleted by itself:
 * one DEL of keys from different slots would be refused (CROSSSLOT).
 */
export async function deletePrefixedKeys(redis: RedisClient, prefix: string): Promise<void> {
  const nodes = redis.isCluster ? (redis as Cluster).nodes('master') : [redis];
  for (const node of nodes) {
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length === 0) continue;
      if (redis.isCluster) await Promise.all(keys.map((key) => node.del(key)));
      else await node.del(...keys);
    } while (cursor !== '0');
  }
}
