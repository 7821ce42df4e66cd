import type { TraceCarrier } from '../platform/tracing.ts';
import type { Reply } from '../replies/reply.ts';
import type { ChatUser, ConversationAddress } from './conversation.ts';

/** One message to post or update in a conversation. `key` names the message (usually the job id). */
export interface NotifyMessage {
  address: ConversationAddress;
  key: string;
  /** Increases with every update of the same key; adapters drop anything older than what they showed. */
  seq: number;
  reply: Reply;
  /**
   * Post this message as a thread reply under the message named by this key (same conversation).
   * Deliverers resolve it through MessageStateStore.get(platform, threadOf).ref; while the parent
   * has no ref yet they retry later (DeliveryRateLimitedError) rather than post at top level.
   */
  threadOf?: string;
  /**
   * Update the message already shown under `key`, never post a new one. For confirmation previews:
   * where the prompt came back in an ack (Slack) there is no message to update, and a second prompt
   * with live buttons must not appear; the deliverer then drops the update.
   */
  updateOnly?: boolean;
  /**
   * The platform's id of the message under `key` (Slack ts, Teams activity id), when the sender
   * already knows it — a job's worker remembers it from its earlier updates — so an update still
   * lands on that message if the stored message state was lost (a Redis restart without persistence).
   */
  ref?: string;
  /** The trace context of the work that produced the message, so its delivery joins that trace. */
  trace?: TraceCarrier;
  /**
   * For this user's eyes only, never the conversation of `address` (which says where the user asked):
   * Slack a direct message, Teams a 1:1 chat, the console the requester's own stream (never a
   * watcher's). A deliverer that cannot reach the user privately drops the message.
   */
  privateTo?: ChatUser;
}

/** The key of the message a job sends its requester alone (the console stream waits for it too). */
export function privateKeyOf(jobKey: string): string {
  return `${jobKey}-private`;
}

/**
 * Fixed seqs of a confirmation prompt's message: the prompt itself, then its live preview. Adapters
 * that replace the prompt on Confirm/Cancel record CONFIRM_DECIDED_SEQ, so a preview that arrives
 * after the click is dropped instead of bringing the buttons back.
 */
export const CONFIRM_PROMPT_SEQ = 0;
export const CONFIRM_PREVIEW_SEQ = 1;
export const CONFIRM_DECIDED_SEQ = 2;

export interface NotifyPort {
  notify(message: NotifyMessage): Promise<void>;
}
