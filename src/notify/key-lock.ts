import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../platform/redis-client.ts';
import { DeliveryRateLimitedError } from './deliverer.ts';

/**
 * Serialises deliveries of one message key across notify workers, so two updates of a message that
 * was never posted cannot both post it. A busy key re-queues the job shortly instead of waiting.
 */
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export async function withKeyLock<T>(
  redis: RedisClient,
  lockKey: string,
  fn: () => Promise<T>,
  ttlMs = 15_000,
): Promise<T> {
  const owner = randomBytes(8).toString('hex');
  const acquired = await redis.set(lockKey, owner, 'PX', ttlMs, 'NX');
  if (acquired === null)
    throw new DeliveryRateLimitedError(250, `message ${lockKey} is being delivered by another worker`);
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, lockKey, owner).catch(() => {});
  }
}
