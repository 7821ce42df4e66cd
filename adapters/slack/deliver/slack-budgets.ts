import type { RateBucket, RateBudgets, RateReceipt } from '../../../src/notify/rate-budgets.ts';
import type { SlackRates } from '../../../src/platform/config.ts';

/** The Web API methods fluxops budgets. */
export type BudgetedMethod = 'chat.postMessage' | 'chat.update' | 'users.info';

/**
 * Slack's published limits (docs.slack.dev/apis/web-api/rate-limits): chat.update is Tier 3 (50 a
 * minute per workspace), users.info Tier 4 (100 a minute per workspace), chat.postMessage about one
 * a second per channel with short bursts. The defaults of SLACK_RATE_*; tests set smaller ones.
 */
export const PUBLISHED_SLACK_RATES: SlackRates = {
  chatUpdate: [{ max: 50, ms: 60_000 }],
  postMessage: [{ max: 3, ms: 3_000 }],
  usersInfo: [{ max: 100, ms: 60_000 }],
};

/**
 * Edits in one channel: at most one a second. Not a Slack limit but ours, so a storm of updates
 * to one message (an alert repeating a thousand times) coalesces into a few edits instead of
 * spending the whole workspace's chat.update tier in its first second.
 */
const CHANNEL_EDITS = [{ max: 1, ms: 1_000 }];

/**
 * Which budgets one Web API call draws from, shared by every process through Redis. Rules:
 * 1. chat.update: the method's budget in the workspace (Slack's tiers are per method per
 *    workspace), and CHANNEL_EDITS in its channel; users.info: the workspace's budget;
 * 2. chat.postMessage: the channel's budget, plus the method's workspace bucket, which has no
 *    window of its own and exists so a 429 can stop the method in every channel;
 * 3. a 429 holds every bucket of the call for its Retry-After — the workspace's chat.update (and
 *    the channel's edits), or the channel and the workspace's chat.postMessage — so other channels'
 *    sends of the method wait too.
 */
export class SlackBudgets {
  constructor(
    private readonly budgets: RateBudgets,
    private readonly rates: SlackRates = PUBLISHED_SLACK_RATES,
  ) {}

  buckets(method: BudgetedMethod, team: string, channel = ''): RateBucket[] {
    const workspace = `slack:${team}:${method}`;
    switch (method) {
      case 'chat.update':
        return [
          { key: workspace, windows: this.rates.chatUpdate },
          { key: `${workspace}:${channel}`, windows: CHANNEL_EDITS },
        ];
      case 'users.info':
        return [{ key: workspace, windows: this.rates.usersInfo }];
      case 'chat.postMessage':
        return [
          { key: workspace, windows: [] },
          { key: `${workspace}:${channel}`, windows: this.rates.postMessage },
        ];
    }
  }

  /** Takes one call of `method` or throws DeliveryRateLimitedError with the wait. */
  take(method: BudgetedMethod, team: string, channel?: string): Promise<RateReceipt> {
    return this.budgets.take(this.buckets(method, team, channel), `slack ${method} in ${team}`);
  }

  /** Slack answered the call: it counts from now, as Slack counted it when it arrived. */
  settle(receipt: RateReceipt): Promise<void> {
    return this.budgets.settle(receipt);
  }

  /** Milliseconds until `method` has room (0: the call was counted). */
  tryTake(method: BudgetedMethod, team: string, channel?: string): Promise<number> {
    return this.budgets.tryTake(this.buckets(method, team, channel));
  }

  /** Slack answered 429: hold the call's buckets for Retry-After. */
  backOff(method: BudgetedMethod, team: string, channel: string | undefined, ms: number): Promise<void> {
    return this.budgets.backOff(this.buckets(method, team, channel), ms);
  }
}
