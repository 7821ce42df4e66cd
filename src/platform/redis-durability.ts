import type { RedisClient } from './redis-client.ts';

/**
 * What a production Redis must keep, checked once at start so a careless set-up is said out loud:
 * channel contexts, alert subscriptions, webhook keys, pending confirmations and the queues
 * themselves live there.
 *
 * Rules:
 * 1. Nothing on disk (`appendonly no` and no `save` schedule) → a restart loses all of it.
 * 2. Only RDB snapshots → a restart loses what changed since the last one (AOF is advised).
 * 3. `maxmemory-policy` other than `noeviction` → Redis may evict queue keys under memory pressure,
 *    which BullMQ cannot recover from.
 * 4. CONFIG refused (managed services such as Azure Cache for Redis) → nothing is said; their
 *    persistence is set in the service, and the README says what to choose.
 */
export async function redisDurabilityWarnings(redis: RedisClient): Promise<string[]> {
  let settings: Record<string, string>;
  try {
    settings = {
      ...pairs((await redis.config('GET', 'appendonly')) as string[]),
      ...pairs((await redis.config('GET', 'save')) as string[]),
      ...pairs((await redis.config('GET', 'maxmemory-policy')) as string[]),
    };
  } catch {
    return [];
  }
  const warnings: string[] = [];
  const aof = settings.appendonly === 'yes';
  const snapshots = (settings.save ?? '').trim() !== '';
  if (!aof && !snapshots) {
    warnings.push(
      'redis keeps nothing on disk (appendonly no, no save schedule): a Redis restart loses channel contexts, alert subscriptions, webhook keys and queued commands. Set appendonly yes.',
    );
  } else if (!aof) {
    warnings.push(
      'redis persists only RDB snapshots: a restart loses what changed since the last one. Set appendonly yes.',
    );
  }
  const policy = settings['maxmemory-policy'];
  if (policy !== undefined && policy !== 'noeviction') {
    warnings.push(
      `redis maxmemory-policy is ${policy}: it may evict queue keys under memory pressure. Set maxmemory-policy noeviction.`,
    );
  }
  return warnings;
}

function pairs(flat: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) out[flat[i] as string] = flat[i + 1] as string;
  return out;
}
