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

/**
 * A pending confirmation whose prompt a worker should complete with live impact (what prune deletes,
 * which configurations an extension delete would strand). The result updates the prompt in place
 * under `key`, keeping the Confirm/Cancel buttons (same token).
 */
export interface ConfirmPreviewData {
  key: string;
  token: string;
  address: ConversationAddress;
  user: ChatUser;
  /** Sealed like a job's command. */
  command: Command;
  display: string;
}

export interface CommandQueuePort {
  /** Adds the job; `duplicate` is true when a job with that id already existed (retried delivery). */
  enqueue(data: CommandJobData): Promise<{ duplicate: boolean }>;
  /** Asks a worker for a confirmation preview; optional, a queue without it leaves prompts static. */
  preview?(data: ConfirmPreviewData): Promise<void>;
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
  /**
   * Update the message already shown under `key`, never post a new one. For confirmation previews:
   * where the prompt came back in an ack (Slack) there is no message to update, and a second prompt
   * with live buttons must not appear; the deliverer then drops the update.
   */
  updateOnly?: boolean;
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
