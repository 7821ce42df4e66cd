import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../../platform/redis-client.ts';
import type { Subscription } from '../engine/subscription.ts';
import { channelId } from '../engine/subscription.ts';

const MAX_AGE_MS = 5_000;

const newVersion = () => randomBytes(8).toString('hex');

/**
 * Subscriptions in one Redis hash (id → JSON); `alerts list` filters by channel. Ids are short so
 * they are easy to type in `unsubscribe`.
 *
 * Routing reads them all for every event, and with hundreds of channels parsing the whole hash per
 * event was the engine's biggest cost. So every change also writes a fresh random version stamp,
 * and `all()` re-reads the hash only when the stamp moved (one small GET instead): a subscribe or
 * unsubscribe done in any process is seen by the very next event. Random rather than a counter, so
 * a wiped and rebuilt hash can never repeat a stamp. MAX_AGE_MS bounds how long a change made behind
 * the store's back (a hand edit in Redis) can go unseen.
 */
export class SubscriptionStore {
  private cached?: { version: string | null; at: number; subscriptions: readonly Subscription[] };

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  private get key(): string {
    return `${this.prefix}:alerts:subs`;
  }

  private get versionKey(): string {
    return `${this.key}:version`;
  }

  async add(subscription: Omit<Subscription, 'id'>): Promise<Subscription> {
    for (;;) {
      const id = `sub-${randomBytes(3).toString('hex')}`;
      const stored: Subscription = { id, ...subscription };
      const [[, added]] = (await this.redis
        .multi()
        .hsetnx(this.key, id, JSON.stringify(stored))
        .set(this.versionKey, newVersion())
        .exec()) as [[null, number], unknown];
      if (added) return stored;
    }
  }

  /** Every subscription; the array is shared between callers until something changes, so never mutate it. */
  async all(): Promise<readonly Subscription[]> {
    const version = await this.redis.get(this.versionKey);
    const cached = this.cached;
    if (cached && cached.version === version && this.now() - cached.at < MAX_AGE_MS) return cached.subscriptions;
    // Read the version before the hash: a change landing in between makes the next call re-read.
    const raw = await this.redis.hvals(this.key);
    const subscriptions = Object.freeze(raw.map((value) => JSON.parse(value) as Subscription));
    this.cached = { version, at: this.now(), subscriptions };
    return subscriptions;
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
    const [[, removed]] = (await this.redis.multi().hdel(this.key, id).set(this.versionKey, newVersion()).exec()) as [
      [null, number],
      unknown,
    ];
    return removed === 1;
  }
}
