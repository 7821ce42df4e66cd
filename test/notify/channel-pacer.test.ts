import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { ChannelPacer, type PaceWindow } from '../../src/notify/channel-pacer.ts';
import { DeliveryRateLimitedError } from '../../src/notify/deliverer.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';

/**
 * The pacer against real Redis, shared by two "processes" (two pacers, two connections): every
 * window holds at once, over any stretch of time, and a 429 holds the conversation.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';

/** Sends `count` times through alternating pacers, waiting as told; returns when each send was taken. */
async function sendAll(pacers: ChannelPacer[], conversation: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; times.length < count; i += 1) {
    try {
      await pacers[i % pacers.length]!.take(conversation);
      times.push(Date.now());
    } catch (error) {
      if (!(error instanceof DeliveryRateLimitedError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs));
    }
  }
  return times;
}

/** The most sends inside any `ms`-long stretch. */
function busiest(times: number[], ms: number): number {
  return Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + ms).length));
}

describe('ChannelPacer', () => {
  const prefix = testPrefix();
  const connections = [new Redis(REDIS_URL), new Redis(REDIS_URL)];
  afterAll(async () => {
    for (const c of connections) c.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  it('keeps every window at once across processes (Teams-shaped: 7/1 s and 8/2 s)', async () => {
    const windows: PaceWindow[] = [
      { max: 7, ms: 1_000 },
      { max: 8, ms: 2_000 },
    ];
    const pacers = connections.map((c) => new ChannelPacer(c, prefix, windows));
    const times = await sendAll(pacers, 'teams-conversation', 12);
    // A little slack for the clock between Redis and this process.
    expect(busiest(times, 1_000 - 20)).toBeLessThanOrEqual(7);
    expect(busiest(times, 2_000 - 20)).toBeLessThanOrEqual(8);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(2_000 - 20);
  }, 20_000);

  it('paces each conversation on its own', async () => {
    const pacer = new ChannelPacer(connections[0]!, prefix, [{ max: 1, ms: 60_000 }]);
    await pacer.take('a');
    await pacer.take('b');
    await expect(pacer.take('a')).rejects.toBeInstanceOf(DeliveryRateLimitedError);
  });

  it('holds a conversation for the Retry-After of a 429', async () => {
    const pacer = new ChannelPacer(connections[0]!, prefix, [{ max: 100, ms: 1_000 }]);
    await pacer.backOff('held', 400);
    const error = await pacer.take('held').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryRateLimitedError);
    expect((error as DeliveryRateLimitedError).retryAfterMs).toBeGreaterThan(300);
    await new Promise((resolve) => setTimeout(resolve, 450));
    await pacer.take('held');
  });
});

describe('ChannelPacer with a ceiling over all conversations', () => {
  const prefix = testPrefix();
  const redis = new Redis(REDIS_URL);
  afterAll(async () => {
    redis.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  it('stops every conversation once the ceiling is reached, though each has room of its own', async () => {
    const pacer = new ChannelPacer(redis, prefix, [{ max: 7, ms: 1_000 }], [{ max: 3, ms: 60_000 }]);
    await pacer.take('a');
    await pacer.take('b');
    await pacer.take('c');
    const error = await pacer.take('d').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryRateLimitedError);
    expect((error as DeliveryRateLimitedError).retryAfterMs).toBeGreaterThan(50_000);
  });
});
