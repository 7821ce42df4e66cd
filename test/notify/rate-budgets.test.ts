import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { DeliveryRateLimitedError } from '../../src/notify/deliverer.ts';
import { RateBudgets } from '../../src/notify/rate-budgets.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';

/** Buckets taken together against real Redis: all or nothing, and a hold on one stops the send. */
const REDIS_URL = 'redis://127.0.0.1:6379';

describe('RateBudgets', () => {
  const prefix = testPrefix();
  const redis = new Redis(REDIS_URL);
  const budgets = new RateBudgets(redis, prefix);
  afterAll(async () => {
    redis.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  it('counts a send in every bucket or in none', async () => {
    const workspace = { key: 'T1:chat.update', windows: [{ max: 2, ms: 60_000 }] };
    const channelA = { key: 'T1:C1', windows: [{ max: 1, ms: 60_000 }] };
    const channelB = { key: 'T1:C2', windows: [{ max: 1, ms: 60_000 }] };
    expect(await budgets.tryTake([workspace, channelA])).toBe(0);
    // Channel A is full: refused, and the workspace bucket does not count the refused send…
    expect(await budgets.tryTake([workspace, channelA])).toBeGreaterThan(50_000);
    // …so channel B still gets the workspace's second unit, and then the workspace is full.
    expect(await budgets.tryTake([workspace, channelB])).toBe(0);
    expect(await budgets.tryTake([{ ...workspace }, { key: 'T1:C3', windows: [] }])).toBeGreaterThan(50_000);
  });

  it('holds every bucket named in a back-off, and only those', async () => {
    const method = { key: 'T2:chat.postMessage', windows: [] };
    const channel = { key: 'T2:C1', windows: [{ max: 100, ms: 1_000 }] };
    const other = { key: 'T2:C2', windows: [{ max: 100, ms: 1_000 }] };
    await budgets.backOff([method, channel], 500);
    const error = await budgets.take([method, other], 'T2 C2').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryRateLimitedError);
    expect((error as DeliveryRateLimitedError).retryAfterMs).toBeGreaterThan(400);
    expect(await budgets.tryTake([other])).toBe(0);
  });

  it('counts a settled send from when the platform answered, not from when it was taken', async () => {
    const bucket = { key: 'T3:chat.update', windows: [{ max: 1, ms: 500 }] };
    const receipt = await budgets.take([bucket], 'T3');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await budgets.settle(receipt);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Taken 600 ms ago but answered 300 ms ago: the window frees in about 200 ms, not at once.
    expect(await budgets.tryTake([bucket])).toBeGreaterThan(100);
  });
});
