import type { ChannelContext } from '../commands/types.ts';
import { channelOf } from '../notify/channel-of.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';
import { matchLocale, READER_LOCALES, type ReaderLocale } from '../replies/locale/locale.ts';

/**
 * The default cluster of each channel (`/flux use …`) and its language (`/flux use --lang ja`), kept in
 * Redis so every web process and every restart sees the same ones. The language is kept apart from the
 * cluster: a channel can choose its language before (or without) choosing a cluster.
 */
export class ChannelContextStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  /**
   * Teams threads add `;messageid=…` to the conversation id; the cluster and language belong to the
   * channel, so `use` typed in a thread sets them for the channel and its alerts.
   */
  private key(address: ConversationAddress): string {
    return `${this.prefix}:context:${channelOf(address)}`;
  }

  async get(address: ConversationAddress): Promise<ChannelContext | undefined> {
    const raw = await this.redis.get(this.key(address));
    return raw ? (JSON.parse(raw) as ChannelContext) : undefined;
  }

  async set(address: ConversationAddress, context: ChannelContext): Promise<void> {
    await this.redis.set(this.key(address), JSON.stringify(context));
  }

  private localeKey(address: ConversationAddress): string {
    return `${this.prefix}:context-lang:${channelOf(address)}`;
  }

  /**
   * The language of posts with no single reader (alerts, recoveries, digests) in this channel, when
   * `use --lang` chose one; callers fall back to FLUXOPS_DEFAULT_LOCALE (`resolveLocale()`).
   */
  async getLocale(address: ConversationAddress): Promise<ReaderLocale | undefined> {
    const stored = matchLocale((await this.redis.get(this.localeKey(address))) ?? undefined);
    return (READER_LOCALES as readonly string[]).includes(stored ?? '') ? (stored as ReaderLocale) : undefined;
  }

  async setLocale(address: ConversationAddress, locale: ReaderLocale): Promise<void> {
    await this.redis.set(this.localeKey(address), locale);
  }
}
