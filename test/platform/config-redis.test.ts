import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.ts';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: which Redis', () => {
  it('leaves Redis to be found when nothing names one', () => {
    expect(loadConfig({}).redis).toBeUndefined();
  });

  it('takes REDIS_URL with TLS and ACL credentials as one server', () => {
    const url = 'rediss://fluxops:s3cret@fluxops.redis.cache.windows.net:6380';
    expect(loadConfig({ REDIS_URL: url }).redis).toEqual({ kind: 'url', url });
  });

  it('reads REDIS_CLUSTER_NODES with the data nodes’ credentials and TLS', () => {
    const config = loadConfig({
      REDIS_CLUSTER_NODES: 'redis-0:6379, redis-1:6380,[::1]:7000',
      REDIS_USERNAME: 'fluxops',
      REDIS_PASSWORD: 'pw',
      REDIS_TLS: 'true',
    });
    expect(config.redis).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'redis-0', port: 6379 },
        { host: 'redis-1', port: 6380 },
        { host: '::1', port: 7000 },
      ],
      auth: { username: 'fluxops', password: 'pw', tls: true },
    });
  });

  it('reads REDIS_SENTINELS with REDIS_SENTINEL_NAME', () => {
    const config = loadConfig({ REDIS_SENTINELS: 's-0:26379,s-1:26379', REDIS_SENTINEL_NAME: 'mymaster' });
    expect(config.redis).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: 's-0', port: 26379 },
        { host: 's-1', port: 26379 },
      ],
      name: 'mymaster',
      auth: { tls: false },
      sentinelAuth: {},
    });
  });

  it('reads the sentinels’ own login apart from the data nodes’', () => {
    const config = loadConfig({
      REDIS_SENTINELS: 's-0:26379',
      REDIS_SENTINEL_NAME: 'mymaster',
      REDIS_PASSWORD: 'data-pw',
      REDIS_SENTINEL_USERNAME: 'watcher',
      REDIS_SENTINEL_PASSWORD: 'sentinel-pw',
    });
    expect(config.redis).toMatchObject({
      auth: { password: 'data-pw', tls: false },
      sentinelAuth: { username: 'watcher', password: 'sentinel-pw' },
    });
  });

  it.each([
    [
      { REDIS_CLUSTER_NODES: 'redis-0' },
      'Invalid REDIS_CLUSTER_NODES="redis-0": "redis-0" is not host:port; must be host:port entries separated by commas. Example: REDIS_CLUSTER_NODES=redis-0:6379,redis-1:6379,redis-2:6379',
    ],
    [
      { REDIS_SENTINELS: 's-0:99999' },
      'Invalid REDIS_SENTINELS="s-0:99999": "s-0:99999" is not host:port; must be host:port entries separated by commas. Example: REDIS_SENTINELS=sentinel-0:26379,sentinel-1:26379,sentinel-2:26379',
    ],
    [
      { REDIS_URL: 'redis://a:6379', REDIS_CLUSTER_NODES: 'b:6379' },
      'Invalid REDIS_URL + REDIS_CLUSTER_NODES: set only one of REDIS_URL (one server), REDIS_CLUSTER_NODES (Redis Cluster) or REDIS_SENTINELS (Sentinel). Example: REDIS_CLUSTER_NODES=redis-0:6379,redis-1:6379,redis-2:6379',
    ],
    [
      { REDIS_SENTINELS: 's-0:26379' },
      'Invalid REDIS_SENTINEL_NAME (unset): REDIS_SENTINELS needs the name of the master the sentinels monitor. Example: REDIS_SENTINEL_NAME=mymaster',
    ],
    [
      { REDIS_SENTINEL_NAME: 'mymaster' },
      'Invalid REDIS_SENTINEL_NAME="mymaster": it only applies with REDIS_SENTINELS. Example: REDIS_SENTINELS=sentinel-0:26379,sentinel-1:26379,sentinel-2:26379',
    ],
    [
      { REDIS_URL: 'redis://a:6379', REDIS_PASSWORD: 'pw', REDIS_TLS: 'true' },
      'Invalid REDIS_PASSWORD + REDIS_TLS: these apply to REDIS_CLUSTER_NODES or REDIS_SENTINELS; with one server put them in REDIS_URL. Example: REDIS_URL=rediss://fluxops:PASSWORD@fluxops.redis.cache.windows.net:6380',
    ],
    [
      { REDIS_CLUSTER_NODES: 'redis-0:6379', REDIS_SENTINEL_PASSWORD: 'pw' },
      "Invalid REDIS_SENTINEL_PASSWORD: these are the sentinels' own login and apply only with REDIS_SENTINELS. Example: REDIS_SENTINELS=sentinel-0:26379,sentinel-1:26379,sentinel-2:26379",
    ],
    [
      { REDIS_CLUSTER_NODES: 'redis-0:6379', FLUXOPS_QUEUE_PREFIX: 'fluxops' },
      'Invalid FLUXOPS_QUEUE_PREFIX="fluxops": with REDIS_CLUSTER_NODES it must contain a {hash tag} so every key lands in one cluster slot. Example: FLUXOPS_QUEUE_PREFIX={fluxops}',
    ],
  ])('refuses %o with one line naming the variable, the problem and an example', (env, message) => {
    expect(errorOf(env)).toBe(message);
  });

  it('never echoes a Redis password in an error', () => {
    const url = errorOf({
      REDIS_URL: 'redis://fluxops:hunter2-secret@cache:6380/abc?x=%zz',
      REDIS_CLUSTER_NODES: 'x:1',
    });
    expect(url).not.toContain('hunter2');
    const bad = errorOf({ REDIS_URL: 'http://fluxops:hunter2-secret@cache:6380' });
    expect(bad).toBe(
      'Invalid REDIS_URL="http://***@cache:6380": must be a redis:// or rediss:// URL. Example: REDIS_URL=redis://127.0.0.1:6379',
    );
    const password = errorOf({ REDIS_PASSWORD: 'hunter2-secret' });
    expect(password).not.toContain('hunter2');
    const sentinel = errorOf({ REDIS_SENTINEL_PASSWORD: 'hunter2-secret' });
    expect(sentinel).toContain('REDIS_SENTINEL_PASSWORD');
    expect(sentinel).not.toContain('hunter2');
  });
});
