import type { ConversationReference } from 'botbuilder';
import type { RedisClient } from '../../src/platform/redis-client.ts';

/**
 * Each conversation's ConversationReference, kept in Redis by conversation id, so job results and
 * alerts reach the conversation through continueConversationAsync from any worker, after a restart
 * too. Refreshed on every inbound activity, because Teams may move a conversation to another
 * serviceUrl; removed when the app is uninstalled from it.
 */
export class ConversationReferenceStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(conversationId: string): string {
    return `${this.prefix}:teams:ref:${conversationId}`;
  }

  async remember(reference: Partial<ConversationReference>): Promise<void> {
    const id = reference.conversation?.id;
    if (!id || !reference.serviceUrl) return;
    // The inbound activity id would turn every proactive send into a reply to that old message.
    const { activityId: _activityId, ...kept } = reference;
    await this.redis.set(this.key(id), JSON.stringify(kept));
  }

  async get(conversationId: string): Promise<Partial<ConversationReference> | undefined> {
    const raw = await this.redis.get(this.key(conversationId));
    return raw ? (JSON.parse(raw) as Partial<ConversationReference>) : undefined;
  }

  async forget(conversationId: string): Promise<void> {
    await this.redis.del(this.key(conversationId));
  }
}
