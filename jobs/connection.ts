import { Redis } from 'ioredis';
import type { Logger } from '../src/platform/logger.ts';
import { metrics } from '../src/platform/metrics.ts';

/**
 * Redis connections for BullMQ, by role:
 * - `producer` (ingress): `enableOfflineQueue: false` so a Redis outage fails `queue.add` at once
 *   instead of hanging the 3-second ack; one retry per request keeps errors quick.
 * - `worker`: `maxRetriesPerRequest: null`, which BullMQ requires for blocking commands.
 * Both reconnect forever with a capped backoff, so commands work again when Redis returns.
 */
export type ConnectionRole = 'producer' | 'worker';

export function createConnection(url: string, role: ConnectionRole, logger: Logger): Redis {
  const redis = new Redis(url, {
    lazyConnect: false,
    connectTimeout: 2_000,
    enableOfflineQueue: role !== 'producer',
    maxRetriesPerRequest: role === 'producer' ? 1 : null,
    retryStrategy: (times) => Math.min(200 * times, 2_000),
  });
  let lastError = '';
  redis.on('error', (error: Error) => {
    metrics.redisErrors.inc({ role });
    // ioredis repeats the same error on every reconnect attempt; log each distinct one once.
    if (error.message !== lastError) logger.warn({ role, err: error.message }, 'redis connection error');
    lastError = error.message;
  });
  redis.on('ready', () => {
    if (lastError) logger.info({ role }, 'redis connection restored');
    lastError = '';
  });
  return redis;
}
