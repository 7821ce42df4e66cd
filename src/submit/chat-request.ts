import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';

/** A chat message turned platform-neutral by an adapter. `prepare()` takes these and nothing else. */
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
