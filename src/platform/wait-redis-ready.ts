import type { RedisClient } from './redis-client.ts';

/**
 * Waits until a connection is ready, so the first command after start-up is not refused as "queue
 * unavailable" merely because the socket was still connecting. Gives up after `timeoutMs`: a Redis
 * that is down at start is reported, and commands recover once it answers.
 */
export function waitReady(redis: RedisClient, timeoutMs = 10_000): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      resolve(false);
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once('ready', onReady);
  });
}
