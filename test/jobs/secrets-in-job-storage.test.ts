import { Queue, UnrecoverableError } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleDeliverer } from '../../adapters/console/index.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { NOTIFY_QUEUE } from '../../jobs/queue-names.ts';
import type { Deliverer } from '../../src/notify/deliverer.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

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

/** What the job sent the requester alone (the YAML with the key); the channel's reply holds no key. */
function privateReply(lines: Awaited<ReturnType<typeof chat>>): Reply {
  const line = lines.find((l) => l.key.endsWith('-private'));
  if (!line) throw new Error(`no private reply among ${lines.map((l) => l.key).join(', ')}`);
  expect(keyIn(lastReply(lines.filter((l) => l !== line)))).toBe('');
  return line.reply;
}

/** The HMAC key as the reply's YAML shows it (`token: <key>` in the Secret). */
function keyIn(reply: Reply): string {
  const tokenLine = reply.detail?.lines.find((line) => /^\s*token:/.test(line));
  return (
    tokenLine
      ?.split(':')[1]
      ?.trim()
      .replace(/^["']|["']$/g, '') ?? ''
  );
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
    const reply = privateReply(await chat(app.url!, `alerts setup ${ARC}`));
    expect(reply.status).toBe('succeeded');
    const key = keyIn(reply);
    expect(key.length).toBeGreaterThanOrEqual(32);

    // The reply reached chat through the notify queue; give its job the moment it takes to complete.
    let holding: string[] = [];
    await until(
      () => `no Redis key holding the HMAC key (still: ${holding.join(', ')})`,
      async () => {
        holding = await keysHolding(redis, app.config.queuePrefix, key);
        return holding.length === 0;
      },
      { intervalMs: 100 },
    );
    expect(holding).toEqual([]);
  });
});

/**
 * The same reply when its delivery fails: the platform answers 500 (job waits for a retry), then
 * refuses for good (job fails). Chat still saw the reply once — the console publish went out before
 * the "platform" failed, like a post whose acknowledgement was lost — so the test knows the key.
 */
describe('secrets in job storage when delivery fails', () => {
  let app: Fluxops;
  let redis: Redis;
  let notify: Queue;
  const attempts: string[] = [];

  beforeAll(async () => {
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    const config = testConfig();
    const toConsole = consoleDeliverer(redis, config.queuePrefix);
    const failing: Deliverer = {
      platform: 'console',
      async deliver(message) {
        if (!keyIn(message.reply)) return toConsole.deliver(message);
        attempts.push(message.reply.status);
        if (attempts.length === 1) {
          await toConsole.deliver(message);
          throw Object.assign(new Error('platform answered HTTP 500'), { statusCode: 500 });
        }
        throw new UnrecoverableError('platform refused the message: channel_not_found');
      },
    };
    // Sandbox without FLUXOPS_PUBLIC_URL: setup warns about the placeholder address.
    app = await startTestApp(config, { deliverers: [failing] });
    notify = new Queue(NOTIFY_QUEUE, { connection: redis, prefix: config.queuePrefix });
  });
  afterAll(async () => {
    await notify?.close();
    redis?.disconnect();
    await app?.close();
  });

  it('keeps no copy of the key while the job waits for a retry, nor after it failed', async () => {
    const reply = privateReply(await chat(app.url!, `alerts setup ${ARC}`));
    const key = keyIn(reply);
    expect(key.length).toBeGreaterThanOrEqual(32);

    // First attempt failed with a 500: the job waits in Redis for its retry.
    await until(
      'the notify job delayed for its retry',
      async () => (await notify.getDelayedCount()) > 0 || attempts.length >= 2,
    );
    expect(attempts).toHaveLength(1);
    expect(await keysHolding(redis, app.config.queuePrefix, key)).toEqual([]);

    // Second attempt refused for good: the job fails.
    await until(
      'the second attempt to fail the notify job',
      async () => attempts.length === 2 && (await notify.getActiveCount()) + (await notify.getDelayedCount()) === 0,
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    expect(attempts).toHaveLength(2);
    expect(await keysHolding(redis, app.config.queuePrefix, key)).toEqual([]);
    // Removed at once, not kept for an hour like other failed notify jobs (see SENSITIVE_NOTIFY_JOB_RETENTION).
    expect(await notify.getFailedCount()).toBe(0);

    // A missing FLUXOPS_PUBLIC_URL is said in the text; the reply itself is not a failure.
    expect(reply.status).toBe('succeeded');
    expect(reply.text).toMatch(/FLUXOPS_PUBLIC_URL is not set, so the Provider address is a placeholder/);
  });
});
