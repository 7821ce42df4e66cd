import { randomUUID } from 'node:crypto';
import type { RateWindow } from '../platform/parse-rate-windows.ts';
import type { RedisClient } from '../platform/redis-client.ts';
import { DeliveryRateLimitedError } from './deliverer.ts';

/**
 * One budget a send draws from: a key (a conversation, a method in a workspace, a whole bot) and
 * its sliding windows. A bucket without windows only carries holds (after a 429).
 */
export interface RateBucket {
  key: string;
  windows: readonly RateWindow[];
}

// KEYS: per bucket its send log (sorted set of send times) and its 429 hold, in pairs.
// ARGV[1]: a unique member; then per bucket the number of windows followed by their max/ms pairs.
// Redis's own clock, so every process agrees. Rules:
// 1. a hold on any bucket answers the longest remaining hold;
// 2. a window of any bucket whose last `max` sends all fall inside it answers when its oldest leaves;
// 3. otherwise the send is logged in every bucket at once (all or nothing) and 0 is returned.
const TAKE = `
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
local buckets = {}
local a = 2
for k = 1, #KEYS, 2 do
  local hold = redis.call('pttl', KEYS[k + 1])
  if hold > wait then wait = hold end
  local n = tonumber(ARGV[a])
  local longest = 0
  for i = 1, n do
    local max = tonumber(ARGV[a + 2 * i - 1])
    local ms = tonumber(ARGV[a + 2 * i])
    if ms > longest then longest = ms end
    local inside = redis.call('zcount', KEYS[k], now - ms + 1, '+inf')
    if inside >= max then
      local oldest = redis.call('zrevrangebyscore', KEYS[k], '+inf', now - ms + 1, 'WITHSCORES', 'LIMIT', max - 1, 1)
      local until_free = tonumber(oldest[2]) + ms - now
      if until_free > wait then wait = until_free end
    end
  end
  buckets[#buckets + 1] = { KEYS[k], longest }
  a = a + 1 + 2 * n
end
if wait > 0 then return wait end
for _, b in ipairs(buckets) do
  if b[2] > 0 then
    redis.call('zremrangebyscore', b[1], '-inf', now - b[2])
    redis.call('zadd', b[1], now, ARGV[1])
    redis.call('pexpire', b[1], b[2])
  end
end
return 0`;

// KEYS: the send logs of the buckets a send was taken from; ARGV[1] its member, then per key the
// longest window. Moves the send to Redis's time now, if it is still logged.
const SETTLE = `
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for k = 1, #KEYS do
  if redis.call('zscore', KEYS[k], ARGV[1]) then
    redis.call('zadd', KEYS[k], 'XX', now, ARGV[1])
    redis.call('pexpire', KEYS[k], tonumber(ARGV[k + 1]))
  end
end
return 0`;

/** A send taken from its buckets; `settle` it once the platform answered. */
export interface RateReceipt {
  member: string;
  buckets: readonly RateBucket[];
}

/**
 * Rate budgets shared by every process through Redis. A send takes one unit of every bucket it
 * belongs to at once, or none: over any budget it is refused with the wait until all have room.
 * The platform counts a call when it arrives, which may be later than when it was taken (a busy
 * process, a slow network); settling the send when the answer came moves it to that moment, so a
 * unit frees up a window after the platform saw the call, never before.
 */
export class RateBudgets {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private logKey(bucket: string): string {
    return `${this.prefix}:rate:${bucket}`;
  }

  /** Milliseconds until every bucket has room; 0 means the send was counted in all of them. */
  async tryTake(buckets: readonly RateBucket[], member: string = randomUUID()): Promise<number> {
    const keys = buckets.flatMap((b) => [this.logKey(b.key), `${this.logKey(b.key)}:hold`]);
    const args = [member, ...buckets.flatMap((b) => [b.windows.length, ...b.windows.flatMap((w) => [w.max, w.ms])])];
    return Number(await this.redis.eval(TAKE, keys.length, ...keys, ...args));
  }

  /** Takes one send from every bucket or throws DeliveryRateLimitedError with the wait. */
  async take(buckets: readonly RateBucket[], what: string): Promise<RateReceipt> {
    const member = randomUUID();
    const wait = await this.tryTake(buckets, member);
    if (wait > 0) throw new DeliveryRateLimitedError(wait, `${what} paced; next send in ${wait} ms`);
    return { member, buckets };
  }

  /** The platform answered the send: it counts from now (see the class comment). */
  async settle(receipt: RateReceipt): Promise<void> {
    const counted = receipt.buckets.filter((b) => b.windows.length > 0);
    if (counted.length === 0) return;
    const longest = counted.map((b) => Math.max(...b.windows.map((w) => w.ms)));
    await this.redis.eval(
      SETTLE,
      counted.length,
      ...counted.map((b) => this.logKey(b.key)),
      receipt.member,
      ...longest,
    );
  }

  /** After a platform 429: nothing more is taken from these buckets for `ms`. */
  async backOff(buckets: readonly RateBucket[], ms: number): Promise<void> {
    const hold = Math.max(1, Math.ceil(ms));
    const multi = this.redis.multi();
    for (const bucket of buckets) multi.set(`${this.logKey(bucket.key)}:hold`, '1', 'PX', hold);
    await multi.exec();
  }
}
