import type { RedisClient } from '../platform/redis-client.ts';

// KEYS[1] the message key's newest seq; ARGV seq, ttl seconds. Only ever moves forward.
const NOTE = `
local current = tonumber(redis.call('get', KEYS[1]) or '-1')
if tonumber(ARGV[1]) > current then redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[2]) end
return 0`;

const KEEP_SECONDS = 24 * 3600;

/**
 * The newest seq queued for each message key, so progress updates to one message coalesce: an
 * update whose key already has a newer one queued is skipped (latest wins), because the newer one
 * will show everything it would have.
 */
export class LatestSeqs {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(messageKey: string): string {
    return `${this.prefix}:notify:latest:${messageKey}`;
  }

  /** Records that `seq` of `messageKey` is queued. */
  async note(messageKey: string, seq: number): Promise<void> {
    await this.redis.eval(NOTE, 1, this.key(messageKey), String(seq), String(KEEP_SECONDS));
  }

  /** True when a newer seq than `seq` of `messageKey` is queued. */
  async superseded(messageKey: string, seq: number): Promise<boolean> {
    const newest = await this.redis.get(this.key(messageKey));
    return newest !== null && Number(newest) > seq;
  }
}
