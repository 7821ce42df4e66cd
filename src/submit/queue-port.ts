import type { Command } from '../commands/types.ts';
import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';
import type { TraceCarrier } from '../platform/tracing.ts';

/** The data of one command job. Secret values in `command` are sealed (see src/platform/seal.ts). */
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
  /** The role and binding that allowed it (`operator via channel slack:C042`), for the audit trail. */
  access?: string;
  /** Allowed by a binding limited to a `--scope`: the cluster's API is reached by exact routes only (RouteOptions). */
  scopedAccess?: true;
  /** The chat request's trace context, so the job's spans join its trace (tracing on only). */
  trace?: TraceCarrier;
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
  /** The prompt's language (the requester's), so its preview update speaks it too. */
  locale?: string;
}

/**
 * What `commit()` needs from the command queue, as a port: src defines it, jobs/ implements it over
 * BullMQ, and the composition root (app/) wires the two. This keeps src free of jobs/ imports.
 */
export interface CommandQueuePort {
  /** Adds the job; `duplicate` is true when a job with that id already existed (retried delivery). */
  enqueue(data: CommandJobData): Promise<{ duplicate: boolean }>;
  /** Asks a worker for a confirmation preview; optional, a queue without it leaves prompts static. */
  preview?(data: ConfirmPreviewData): Promise<void>;
}
