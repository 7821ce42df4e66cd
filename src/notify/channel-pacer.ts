import type { RateWindow } from '../platform/parse-rate-windows.ts';
import type { RedisClient } from '../platform/redis-client.ts';
import { type RateBucket, RateBudgets, type RateReceipt } from './rate-budgets.ts';

/** At most `max` sends in any `ms` milliseconds (a sliding window, not a fixed one). */
export type PaceWindow = RateWindow;

/**
 * Per-conversation pacing shared by every notify worker: every window holds at once (Teams 7/1 s,
 * 8/2 s, 60/30 s, 1,800/h per conversation), and, when a `ceiling` is given, one more budget over
 * all conversations together (Teams' per-bot limit). Over a budget the job is re-queued for when
 * every window has room — never dropped. A platform 429 holds the conversation with `backOff`.
 */
export class ChannelPacer {
  private readonly budgets: RateBudgets;

  constructor(
    redis: RedisClient,
    prefix: string,
    private readonly windows: readonly PaceWindow[],
    private readonly ceiling: readonly PaceWindow[] = [],
  ) {
    this.budgets = new RateBudgets(redis, `${prefix}:pace`);
  }

  private buckets(conversation: string): RateBucket[] {
    const own: RateBucket = { key: `conversation:${conversation}`, windows: this.windows };
    return this.ceiling.length > 0 ? [own, { key: 'all', windows: this.ceiling }] : [own];
  }

  /** Takes one send from the conversation's budget (and the ceiling) or throws DeliveryRateLimitedError. */
  take(conversation: string): Promise<RateReceipt> {
    return this.budgets.take(this.buckets(conversation), `conversation ${conversation}`);
  }

  /** The platform answered the send: it counts from now, as the platform counted it on arrival. */
  settle(receipt: RateReceipt): Promise<void> {
    return this.budgets.settle(receipt);
  }

  /** After a platform 429: nothing more goes to this conversation for `ms`. */
  async backOff(conversation: string, ms: number): Promise<void> {
    await this.budgets.backOff([{ key: `conversation:${conversation}`, windows: this.windows }], ms);
  }
}
