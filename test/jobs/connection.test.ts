import type { Cluster, Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnection } from '../../jobs/connection.ts';
import { freePort } from '../../src/platform/free-port.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';

/** The role options hold on Redis Cluster too: the ingress fails fast, workers wait for Redis. */
describe('createConnection on Redis Cluster', () => {
  const opened: RedisClient[] = [];
  afterEach(() => {
    for (const c of opened.splice(0)) c.disconnect();
  });

  it('fails a producer command at once while no node answers', async () => {
    const port = await freePort();
    const producer = createConnection(
      { kind: 'cluster', nodes: [{ host: '127.0.0.1', port }], auth: { tls: false } },
      'producer',
      createLogger('silent'),
    );
    opened.push(producer);
    const started = Date.now();
    await expect(producer.set('{fluxops}:x', '1')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives worker connections the options BullMQ requires for blocking commands', async () => {
    const worker = createConnection(
      { kind: 'cluster', nodes: [{ host: '127.0.0.1', port: await freePort() }], auth: { tls: true, password: 'x' } },
      'worker',
      createLogger('silent'),
    ) as Cluster;
    opened.push(worker);
    expect(worker.options.redisOptions).toMatchObject({ maxRetriesPerRequest: null, password: 'x', tls: {} });
    expect(worker.options.enableOfflineQueue).toBe(true);
  });
});

describe('createConnection through Sentinel', () => {
  it('logs in to the sentinels with their own user and password, and to the master with the data nodes’', () => {
    const client = createConnection(
      {
        kind: 'sentinel',
        sentinels: [{ host: '127.0.0.1', port: 1 }],
        name: 'mymaster',
        auth: { tls: false, username: 'fluxops', password: 'data-pw' },
        sentinelAuth: { username: 'watcher', password: 'sentinel-pw' },
      },
      'worker',
      createLogger('silent'),
    ) as Redis;
    client.disconnect();
    expect(client.options).toMatchObject({
      name: 'mymaster',
      sentinelUsername: 'watcher',
      sentinelPassword: 'sentinel-pw',
      username: 'fluxops',
      password: 'data-pw',
    });
  });
});
