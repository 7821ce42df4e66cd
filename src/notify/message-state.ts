import type { RedisClient } from '../platform/redis-client.ts';
import type { Platform } from './conversation.ts';

/**
 * Remembers, per message key, the platform's id of the message we posted (Slack `ts`, Teams activity
 * id) and the newest `seq` shown, so updates land on the same message and a late, older update never
 * overwrites a newer one.
 */
export interface MessageState {
  ref?: string;
  seq: number;
}

const KEEP_SECONDS = 7 * 24 * 3600;

export class MessageStateStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(platform: Platform, key: string): string {
    return `${this.prefix}:msg:${platform}:${key}`;
  }

  async get(platform: Platform, key: string): Promise<MessageState | undefined> {
    const raw = await this.redis.hgetall(this.key(platform, key));
    if (!raw.seq) return undefined;
    return { ref: raw.ref || undefined, seq: Number(raw.seq) };
  }

  async save(platform: Platform, key: string, state: MessageState): Promise<void> {
    const k = this.key(platform, key);
    await this.redis
      .multi()
      .hset(k, { seq: String(state.seq), ref: state.ref ?? '' })
      .expire(k, KEEP_SECONDS)
      .exec();
  }

  /** True when `seq` is older than what is already shown (the update must be dropped). */
  async isStale(platform: Platform, key: string, seq: number): Promise<boolean> {
    const current = await this.get(platform, key);
    return current !== undefined && current.seq >= seq;
  }
}
