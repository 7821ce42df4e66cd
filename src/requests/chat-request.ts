/**
 * A chat message turned platform-neutral by an adapter. `submit()` takes these and nothing else.
 */

export type Platform = 'slack' | 'teams' | 'console';

/**
 * Where replies go. `channel` identifies the conversation (Slack channel id, Teams conversation id,
 * console session); `thread` the thread inside it when there is one. `extra` carries what an adapter
 * needs to reach it again (e.g. Slack team id) — plain strings only, it is stored in Redis.
 */
export interface ConversationAddress {
  platform: Platform;
  channel: string;
  thread?: string;
  extra?: Record<string, string>;
}

export interface ChatUser {
  id: string;
  name?: string;
}

export interface ChatRequest {
  /** The platform's own id of this delivery (Slack trigger_id, Teams activity id); makes job ids deterministic. */
  deliveryId: string;
  address: ConversationAddress;
  user: ChatUser;
  text: string;
  /** BCP-47 locale of the user when the platform tells us (e.g. `en-US`, `ja-JP`). */
  locale?: string;
  receivedAt: string;
}
