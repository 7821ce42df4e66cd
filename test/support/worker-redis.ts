import { afterAll } from 'vitest';
import { createConnection } from '../../jobs/connection.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import { deleteKeys, testPrefix } from './test-app.ts';

const URL = 'redis://127.0.0.1:6379';

/**
 * Worker connections to the local Redis under one fresh key prefix, for a test file that runs command
 * workers and queues itself. Call it at the top of the file: after the file's tests every connection
 * it opened quits and the prefix's keys are deleted.
 */
export function workerRedis(): { prefix: string; open: () => RedisClient } {
  const prefix = testPrefix();
  const quiet = createLogger('silent');
  const connections: RedisClient[] = [];
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.quit()));
    await deleteKeys(URL, prefix);
  });
  return {
    prefix,
    open() {
      const connection = createConnection(URL, 'worker', quiet);
      connections.push(connection);
      return connection;
    },
  };
}
