import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../platform/redis-client.ts';
import { DeliveryRateLimitedError } from './deliverer.ts';

/** At most `max` sends in any `ms` milliseconds (a sliding window, not a fixed one). */
export interface PaceWindow {
  max: number;
  ms: number;
}

// KEYS[1] the conversation's send log (sorted set of send times), KEYS[2] its 429 hold.
// ARGV: a unique member, then max/ms pairs. Redis's own clock, so every process agrees.
// Rules: 1. a hold (after a 429) answers its remaining time; 2. a window whose last `max` sends
// all fall inside it answers when its oldest one leaves; 3. otherwise the send is logged in every
// window at once and 0 is returned.
const TAKE = `
local hold = redis.call('pttl', KEYS[2])
if hold > 0 then return hold end
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local longest = 0
local wait = 0
for i = 2, #ARGV, 2 do
  local max = tonumber(ARGV[i])
  local ms = tonumber(ARGV[i + 1])
  if ms > longest then longest = ms end
  local inside = redis.call('zcount', KEYS[1], now - ms + 1, '+inf')
  if inside >= max then
    local oldest = redis.call('zrevrangebyscore', KEYS[1], '+inf', now - ms + 1, 'WITHSCORES', 'LIMIT', max - 1, 1)
    local until_free = tonumber(oldest[2]) + ms - now
    if until_free > wait then wait = until_free end
  end
end
if wait > 0 then return wait end
redis.call('zremrangebyscore', KEYS[1], '-inf', now - longest)
redis.call('zadd', KEYS[1], now, now .. ':' .. ARGV[1])
redis.call('pexpire', KEYS[1], longest)
return 0`;

/**
 * Per-conversation pacing shared by every notify worker: every window holds at once (Slack ≈ 1/s
 * per channel; Teams 7/1 s, 8/2 s, 60/30 s, 1,800/h per conversation). Over a budget the job is
 * re-queued for when the window has room — never dropped. A platform 429 holds the conversation
 * with `backOff`.
 */
export class ChannelPacer {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly windows: readonly PaceWindow[],
  ) {}

  private key(conversation: string): string {
    return `${this.prefix}:pace:${conversation}`;
  }

  /** Takes one send from the conversation's budget or throws DeliveryRateLimitedError with the wait. */
  async take(conversation: string): Promise<void> {
    const key = this.key(conversation);
    const args = [randomUUID(), ...this.windows.flatMap((w) => [w.max, w.ms])];
    const wait = Number(await this.redis.eval(TAKE, 2, key, `${key}:hold`, ...args));
    if (wait > 0)
      throw new DeliveryRateLimitedError(wait, `conversation ${conversation} paced; next send in ${wait} ms`);
  }

  /** After a platform 429: nothing more goes to this conversation for `ms`. */
  async backOff(conversation: string, ms: number): Promise<void> {
    await this.redis.set(`${this.key(conversation)}:hold`, '1', 'PX', Math.max(1, Math.ceil(ms)));
  }
}
