import type { ChannelContext } from '../commands/types.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';

/**
 * The default cluster of each channel (`/flux use …`), kept in Redis so every web process and
 * every restart sees the same one.
 */
export class ChannelContextStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(address: ConversationAddress): string {
    return `${this.prefix}:context:${address.platform}:${address.channel}`;
  }

  async get(address: ConversationAddress): Promise<ChannelContext | undefined> {
    const raw = await this.redis.get(this.key(address));
    return raw ? (JSON.parse(raw) as ChannelContext) : undefined;
  }

  async set(address: ConversationAddress, context: ChannelContext): Promise<void> {
    await this.redis.set(this.key(address), JSON.stringify(context));
  }
}
