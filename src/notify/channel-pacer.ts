import type { Redis } from 'ioredis';
import { DeliveryRateLimitedError } from './deliverer.ts';

const TAKE = `
local count = redis.call('incr', KEYS[1])
if count == 1 then redis.call('pexpire', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) then
  redis.call('decr', KEYS[1])
  local ttl = redis.call('pttl', KEYS[1])
  if ttl < 0 then redis.call('pexpire', KEYS[1], ARGV[2]); ttl = tonumber(ARGV[2]) end
  return ttl
end
return 0`;

/**
 * Per-conversation pacing shared by every notify worker: at most `max` sends per `windowMs` for one
 * conversation (Slack ≈ 1/s per channel, Teams 7/s per conversation). Over the budget, the job is
 * re-queued for when the window has room — never dropped. A platform 429 can push the window
 * further with `backOff`.
 */
export class ChannelPacer {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  private key(conversation: string): string {
    return `${this.prefix}:pace:${conversation}`;
  }

  /** Takes one send from the conversation's budget or throws DeliveryRateLimitedError with the wait. */
  async take(conversation: string): Promise<void> {
    const wait = Number(await this.redis.eval(TAKE, 1, this.key(conversation), this.max, this.windowMs));
    if (wait > 0)
      throw new DeliveryRateLimitedError(wait, `conversation ${conversation} paced; next send in ${wait} ms`);
  }

  /** After a platform 429: nothing more goes to this conversation for `ms`. */
  async backOff(conversation: string, ms: number): Promise<void> {
    await this.redis.set(this.key(conversation), String(this.max), 'PX', Math.max(1, Math.ceil(ms)));
  }
}
