import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/platform/logger.ts';
import { pingRedis, RedisUnavailableError, resolveRedis } from '../../src/platform/resolve-redis.ts';

const logger = createLogger('silent');

describe('resolveRedis', () => {
  it('takes REDIS_URL as given', async () => {
    const resolved = await resolveRedis({ redis: { kind: 'url', url: 'redis://10.1.2.3:6380' } }, logger);
    expect(resolved).toMatchObject({ url: 'redis://10.1.2.3:6380', source: 'REDIS_URL' });
  });

  it('takes REDIS_CLUSTER_NODES and REDIS_SENTINELS as given, naming their first node', async () => {
    const auth = { tls: false };
    const nodes = [
      { host: '10.0.0.1', port: 7000 },
      { host: '10.0.0.2', port: 7001 },
    ];
    const cluster = await resolveRedis({ redis: { kind: 'cluster', nodes, auth } }, logger);
    expect(cluster).toMatchObject({ url: 'redis://10.0.0.1:7000', source: 'REDIS_CLUSTER_NODES' });
    const sentinel = await resolveRedis(
      { redis: { kind: 'sentinel', sentinels: nodes, name: 'm', auth, sentinelAuth: {} } },
      logger,
    );
    expect(sentinel).toMatchObject({ url: 'redis://10.0.0.1:7000', source: 'REDIS_SENTINELS' });
  });

  it('uses the local Redis when it answers', async () => {
    const resolved = await resolveRedis({}, logger);
    expect(resolved).toMatchObject({ url: 'redis://127.0.0.1:6379', source: 'local' });
  });

  it('spawns a private redis-server when nothing answers, and stops it', async () => {
    const resolved = await resolveRedis({ localPort: 1 }, logger);
    expect(resolved.source).toBe('spawned');
    const port = Number(new URL(resolved.url).port);
    expect(await pingRedis('127.0.0.1', port)).toBe(true);
    await resolved.stop();
    expect(await pingRedis('127.0.0.1', port)).toBe(false);
  });

  it('names three ways to get Redis when there is none', async () => {
    const attempt = resolveRedis({ localPort: 1, redisServerBinary: '/nonexistent/redis-server' }, logger);
    await expect(attempt).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(
      'No Redis found: nothing answers on 127.0.0.1:6379 and `redis-server` is not on PATH. Either (1) set REDIS_URL=redis://host:6379, (2) start one: `docker run -p 6379:6379 redis:7`, or (3) install it: `apt-get install redis-server` (Debian/Ubuntu) / `brew install redis` (macOS).',
    );
  });
});
