import { withKeyLock } from '../../src/notify/key-lock.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';

/**
 * One lock per job message, shared by the ingress (which posts the first card and records its id)
 * and the deliverer (which updates that card). Without it a fast worker could post a second card
 * before the ingress has recorded the first one.
 */
export function messageLockKey(prefix: string, key: string): string {
  return `${prefix}:teams:lock:${key}`;
}

/**
 * For the ingress: when the lock cannot be had (another turn handles the very same delivery or
 * click, or Redis is down) we go ahead without it — commit()/decide() already make a repeat a
 * harmless duplicate and answer "queue unavailable" for an outage. Errors of `fn` itself propagate.
 */
export async function withIngressLock<T>(
  redis: RedisClient,
  prefix: string,
  key: string,
  fn: () => Promise<T>,
): Promise<T> {
  let started = false;
  try {
    return await withKeyLock(redis, messageLockKey(prefix, key), () => {
      started = true;
      return fn();
    });
  } catch (error) {
    if (started) throw error;
    return fn();
  }
}
