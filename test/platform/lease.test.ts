import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { fencedReplaceHash, stillFenced } from '../../src/platform/fenced-write.ts';
import { RedisLease } from '../../src/platform/lease.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/** The lease and its fencing token against a real Redis: two holders, one lease. */
const url = 'redis://127.0.0.1:6379';
const prefix = testPrefix();
const redis = new Redis(url);

afterAll(async () => {
  await deleteKeys(url, prefix);
  redis.disconnect();
});

const lease = (name: string, holder: string, ttlMs = 10_000) => new RedisLease(redis, prefix, name, holder, ttlMs);

describe('RedisLease', () => {
  it('has one holder at a time; renew holds it, release hands it on, and every acquisition gets a larger token', async () => {
    const a = lease('watch-a', 'worker-a');
    const b = lease('watch-a', 'worker-b');
    const first = await a.acquire();
    expect(first?.token).toBe(1);
    expect(await b.acquire()).toBeUndefined();
    expect(await a.renew()).toBe(true);
    expect(await b.renew()).toBe(false);
    // b's release must not free a's lease.
    await b.release();
    expect(await b.acquire()).toBeUndefined();
    await a.release();
    const second = await b.acquire();
    expect(second?.token).toBe(2);
    expect(await a.renew()).toBe(false);
  });

  it('is taken over once a dead holder stops renewing, and the old holder learns it on its next renew', async () => {
    const a = lease('watch-b', 'worker-a', 300);
    const b = lease('watch-b', 'worker-b', 300);
    expect(await a.acquire()).toMatchObject({ token: 1 });
    const taken = await until('b to take the lapsed lease', () => b.acquire(), { intervalMs: 50 });
    expect(taken.token).toBe(2);
    expect(await a.renew()).toBe(false);
  });

  it('fences writes: a holder that lost the lease cannot write, the new holder can', async () => {
    const a = lease('poll-c', 'worker-a', 200);
    const b = lease('poll-c', 'worker-b', 200);
    const stale = (await a.acquire())!;
    const key = `${prefix}:snapshot:c`;
    expect(await fencedReplaceHash(redis, stale, key, new Map([['x', 'old']]))).toBe(true);
    const fresh = await until('b to take the lease', () => b.acquire(), { intervalMs: 50 });
    // a never noticed (it did not renew) and writes late: refused.
    expect(await fencedReplaceHash(redis, stale, key, new Map([['x', 'stale']]))).toBe(false);
    expect(await stillFenced(redis, stale)).toBe(false);
    expect(await fencedReplaceHash(redis, fresh, key, new Map([['y', 'new']]))).toBe(true);
    expect(await redis.hgetall(key)).toEqual({ y: 'new' });
    expect(await stillFenced(redis, fresh)).toBe(true);
  });
});
