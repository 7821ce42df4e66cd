import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { keepLeased } from '../../src/platform/keep-leased.ts';
import { RedisLease } from '../../src/platform/lease.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * Two processes keep the same work leased (each its own Redis connection): it runs on one of them.
 * When that one is cut off from Redis — as a partitioned process would be — the other takes the
 * lease once it lapsed and starts the work; the first keeps its work through the outage and stops
 * it as soon as Redis answers again that the lease is no longer its grant.
 */
const url = 'redis://127.0.0.1:6379';
const prefix = testPrefix();
const connections: Redis[] = [];
const TTL = 600;

afterAll(async () => {
  for (const c of connections) c.disconnect();
  await deleteKeys(url, prefix);
});

function contender(name: string, log: string[]) {
  const redis = new Redis(url, { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  connections.push(redis);
  const kept = keepLeased({
    lease: new RedisLease(redis, prefix, 'watch-demo', name, TTL),
    start: async (grant) => {
      log.push(`${name} started #${grant.token}`);
      return { stop: () => log.push(`${name} stopped`) };
    },
    retryAfterFailureMs: TTL,
  });
  return { redis, kept };
}

describe('keepLeased', () => {
  it('runs the work on one process, and on the other once the first lost Redis', async () => {
    const log: string[] = [];
    const a = contender('a', log);
    await until('a to start', () => a.kept.holding());
    const b = contender('b', log);
    // b keeps trying (every TTL/4) but never gets it while a renews.
    await new Promise((resolve) => setTimeout(resolve, 2 * TTL));
    expect(log).toEqual(['a started #1']);
    expect(b.kept.holding()).toBe(false);

    a.redis.disconnect();
    const lostAt = Date.now();
    await until('b to take over', () => b.kept.holding(), { timeoutMs: 10 * TTL });
    expect(Date.now() - lostAt).toBeLessThan(TTL + TTL / 4 + 500);
    expect(log).toEqual(['a started #1', 'b started #2']);
    // a comes back: its next renewal is refused, and it stops.
    await a.redis.connect();
    await until('a to stop its work', () => log.includes('a stopped'), { timeoutMs: 10 * TTL });
    expect(b.kept.holding()).toBe(true);

    await b.kept.stop();
    await a.kept.stop();
    expect(log.filter((l) => l.startsWith('b stopped'))).toHaveLength(1);
  });
});
