import { channelOf } from '../notify/channel-of.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';

// Per-channel confirmation policy in Redis under the queue prefix: `always` (the default: destructive
// commands always ask) or `allow-yes` (`--yes` on a destructive command skips the prompt in that channel).

export type ConfirmMode = 'always' | 'allow-yes';

export class ConfirmPolicy {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:access:confirm`;
  }

  /** The channel, also from a Teams thread of it: a policy set in one thread holds in all. */
  private field(address: ConversationAddress): string {
    return channelOf(address);
  }

  async set(address: ConversationAddress, mode: ConfirmMode): Promise<void> {
    if (mode === 'always') await this.redis.hdel(this.key, this.field(address));
    else await this.redis.hset(this.key, this.field(address), mode);
  }

  /** True only when an admin set `confirm=allow-yes` for this conversation. */
  async allowsYes(address: ConversationAddress): Promise<boolean> {
    return (await this.redis.hget(this.key, this.field(address))) === 'allow-yes';
  }
}
