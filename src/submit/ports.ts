import type { Command } from '../commands/types.ts';
import type { Reply } from '../replies/reply.ts';
import type { ChatUser, ConversationAddress } from '../requests/chat-request.ts';

/**
 * What `submit()` and the workers need from the queue, as ports: src defines them, jobs/ implements
 * them over BullMQ, and `main.ts` wires the two. This keeps src free of jobs/ imports.
 */

/** The data of one command job. Secret values in `command` are sealed (see src/secrets/seal.ts). */
export interface CommandJobData {
  jobId: string;
  address: ConversationAddress;
  user: ChatUser;
  locale?: string;
  receivedAt: string;
  command: Command;
  /** The redacted command text, for replies, logs and audit. */
  display: string;
  confirmedBy?: string;
  /** ARM long-running operation URL, stored the moment ARM accepts, so a retry resumes polling. */
  operationUrl?: string;
}

export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
}

export interface CommandQueuePort {
  /** Adds the job; `duplicate` is true when a job with that id already existed (retried delivery). */
  enqueue(data: CommandJobData): Promise<{ duplicate: boolean }>;
}

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
}

export interface NotifyPort {
  notify(message: NotifyMessage): Promise<void>;
}
