import type { RedisClient } from '../../platform/redis-client.ts';

const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * Throttling memory shared by every poller process: ARM throttles per subscription, so after a 429
 * no poll of that subscription runs until the wait is over. The wait is the larger of Retry-After
 * and the poll interval doubled per consecutive throttle (capped), and resets after a clean poll.
 */
export class PollBackoff {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly intervalMs: number,
  ) {}

  private key(scope: string, part: 'until' | 'streak'): string {
    return `${this.prefix}:alerts:poll-backoff:${scope.toLowerCase()}:${part}`;
  }

  /** Milliseconds still to wait, 0 when polling may go ahead. */
  async remaining(scope: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(this.key(scope, 'until')));
  }

  async throttled(scope: string, retryAfterMs = 0): Promise<number> {
    const streakKey = this.key(scope, 'streak');
    const streak = await this.redis.incr(streakKey);
    await this.redis.expire(streakKey, 3600);
    const waitMs = Math.min(MAX_BACKOFF_MS, Math.max(retryAfterMs, this.intervalMs * 2 ** (streak - 1)));
    await this.redis.set(this.key(scope, 'until'), '1', 'PX', Math.max(1, Math.ceil(waitMs)));
    return waitMs;
  }

  async succeeded(scope: string): Promise<void> {
    await this.redis.del(this.key(scope, 'streak'));
  }
}
