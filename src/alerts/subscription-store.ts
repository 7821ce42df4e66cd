import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Subscription } from './subscription.ts';
import { channelId } from './subscription.ts';

/**
 * Subscriptions in one Redis hash (id → JSON): routing reads them all for every event in one round
 * trip, and `alerts list` filters by channel. Ids are short so they are easy to type in `unsubscribe`.
 */
export class SubscriptionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:alerts:subs`;
  }

  async add(subscription: Omit<Subscription, 'id'>): Promise<Subscription> {
    for (;;) {
      const id = `sub-${randomBytes(3).toString('hex')}`;
      const stored: Subscription = { id, ...subscription };
      if (await this.redis.hsetnx(this.key, id, JSON.stringify(stored))) return stored;
    }
  }

  async all(): Promise<Subscription[]> {
    const raw = await this.redis.hvals(this.key);
    return raw.map((value) => JSON.parse(value) as Subscription);
  }

  async forChannel(channel: string): Promise<Subscription[]> {
    return (await this.all())
      .filter((subscription) => channelId(subscription.address) === channel)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Removes the subscription only if it belongs to `channel`: one channel cannot cancel another's. */
  async remove(id: string, channel: string): Promise<boolean> {
    const raw = await this.redis.hget(this.key, id);
    if (!raw || channelId((JSON.parse(raw) as Subscription).address) !== channel) return false;
    return (await this.redis.hdel(this.key, id)) === 1;
  }
}
