import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/alerts/engine/subscription.ts';
import { SubscriptionStore } from '../../../src/alerts/stores/subscription-store.ts';
import { deletePrefixedKeys } from '../../../src/platform/delete-prefixed-keys.ts';

/** The cached subscription list: exact across processes for changes made through the store, bounded otherwise. */
describe('subscription store cache', () => {
  const prefix = `{fluxops-test-subs-${randomBytes(4).toString('hex')}}`;
  let redis: Redis;
  let clock = 1_000_000;
  const now = () => clock;

  const subscription = (channel: string): Omit<Subscription, 'id'> => ({
    address: { platform: 'slack', channel, extra: { team: 'T0001' } },
    severity: 'error',
    kinds: [],
    namespaces: [],
    createdBy: 'U1',
    createdAt: new Date(clock).toISOString(),
  });
  const channels = async (store: SubscriptionStore) => (await store.all()).map((s) => s.address.channel).sort();

  beforeAll(() => {
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    await deletePrefixedKeys(redis, prefix);
    redis.disconnect();
  });

  it('sees a subscribe and an unsubscribe made by another store (another process) on the next read', async () => {
    const engine = new SubscriptionStore(redis, prefix, now);
    const commands = new SubscriptionStore(redis, prefix, now);
    expect(await channels(engine)).toEqual([]);
    const added = await commands.add(subscription('C-ONE'));
    expect(await channels(engine)).toEqual(['C-ONE']);
    await commands.add(subscription('C-TWO'));
    expect(await channels(engine)).toEqual(['C-ONE', 'C-TWO']);
    expect(await commands.remove(added.id, 'slack:C-ONE')).toBe(true);
    expect(await channels(engine)).toEqual(['C-TWO']);
  });

  it('serves unchanged subscriptions from memory, and re-reads a change made behind its back within 5 s', async () => {
    const store = new SubscriptionStore(redis, prefix, now);
    const first = await store.all();
    expect(await store.all()).toBe(first);
    const stranger: Subscription = { id: 'sub-hand', ...subscription('C-HAND') };
    await redis.hset(`${prefix}:alerts:subs`, stranger.id, JSON.stringify(stranger));
    expect(await channels(store)).not.toContain('C-HAND');
    clock += 5_000;
    expect(await channels(store)).toContain('C-HAND');
  });
});
