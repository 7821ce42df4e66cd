import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../src/main.ts';
import { chat, lastReply } from '../support/console.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * `alerts setup` shows the webhook's HMAC key once. Chat gets it; Redis must not keep it in clear in
 * BullMQ's job data, return values or event streams (the key store keeps it sealed).
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

/** Every key under the prefix whose value (any type BullMQ uses) contains `needle`. */
async function keysHolding(redis: Redis, prefix: string, needle: string): Promise<string[]> {
  const holding: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      let values: string[] = [];
      if (type === 'string') values = [(await redis.get(key)) ?? ''];
      else if (type === 'hash') values = Object.values(await redis.hgetall(key));
      else if (type === 'list') values = await redis.lrange(key, 0, -1);
      else if (type === 'set') values = await redis.smembers(key);
      else if (type === 'zset') values = await redis.zrange(key, '0', '-1');
      else if (type === 'stream')
        values = (await redis.xrange(key, '-', '+')).flatMap(([, fields]) => fields.map(String));
      if (values.some((value) => value.includes(needle))) holding.push(`${key} (${type})`);
    }
  } while (cursor !== '0');
  return holding;
}

describe('secrets in job storage', () => {
  let app: Fluxops;
  let redis: Redis;

  beforeAll(async () => {
    // With a public URL the reply is final (`succeeded`), so the console stream ends with it.
    app = await startTestApp(testConfig({ FLUXOPS_PUBLIC_URL: 'https://fluxops.example.com' }));
    redis = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    redis?.disconnect();
    await app?.close();
  });

  it('keeps no copy of the HMAC key `alerts setup` showed', async () => {
    const reply = lastReply(await chat(app.url!, `alerts setup ${ARC}`));
    expect(reply.status).toBe('succeeded');
    const tokenLine = reply.detail?.lines.find((line) => /^\s*token:/.test(line));
    const key =
      tokenLine
        ?.split(':')[1]
        ?.trim()
        .replace(/^["']|["']$/g, '') ?? '';
    expect(key.length).toBeGreaterThanOrEqual(32);

    // The reply reached chat through the notify queue; give its job the moment it takes to complete.
    const deadline = Date.now() + 5_000;
    let holding = await keysHolding(redis, app.config.queuePrefix, key);
    while (holding.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      holding = await keysHolding(redis, app.config.queuePrefix, key);
    }
    expect(holding).toEqual([]);
  });
});
