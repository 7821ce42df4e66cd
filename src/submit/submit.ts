import type { AuditEvent, AuditLog } from '../access/audit-log.ts';
import type { ConfirmationStore } from '../access/confirmations.ts';
import { formatProblems } from '../commands/format-problems.ts';
import { helpReply } from '../commands/help.ts';
import { parseCommand } from '../commands/parse.ts';
import type { Command } from '../commands/types.ts';
import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';
import type { Logger } from '../platform/logger.ts';
import type { Sealer } from '../platform/seal.ts';
import { auditReply, jobsReply } from '../replies/audit-replies.ts';
import type { Reply } from '../replies/reply.ts';
import {
  cancelledReply,
  confirmationExpiredReply,
  confirmReply,
  contextReply,
  contextSetReply,
  describeCluster,
  duplicateReply,
  notRequesterReply,
  otherConversationReply,
  parseErrorReply,
  queuedReply,
  queueUnavailableReply,
} from '../replies/submit-replies.ts';
import type { ChannelContextStore } from './channel-context-store.ts';
import type { ChatRequest } from './chat-request.ts';
import { requestPreview } from './confirm-preview.ts';
import { destructiveSummary } from './destructive-summary.ts';
import { jobIdFor } from './job-id.ts';
import type { CommandJobData, CommandQueuePort } from './queue-port.ts';

/**
 * The one entry every adapter calls: parse → channel context → policy (confirmation) → enqueue.
 * It never throws for user input or a Redis outage; it always returns a reply to show at once.
 */

export interface SubmitDeps {
  queue: CommandQueuePort;
  contexts: ChannelContextStore;
  confirmations: ConfirmationStore;
  sealer: Sealer;
  logger: Logger;
  audit?: AuditLog;
  defaultSubscriptionId?: string;
  /**
   * Sees the text before the parser; a Reply means "handled here, answer this", undefined means
   * "not mine". The composition root sets it in sandbox mode (the `sandbox …` fault commands), so submit() and
   * the command grammar stay free of sandbox knowledge.
   */
  intercept?: (request: ChatRequest) => Promise<Reply | undefined>;
}

/** Audit failures must never block a command; they are logged and the command goes on. */
async function audit(
  deps: SubmitDeps,
  event: AuditEvent,
  address: ConversationAddress,
  user: ChatUser,
  display: string,
  jobId?: string,
  status?: string,
): Promise<void> {
  await deps.audit
    ?.record({
      event,
      platform: address.platform,
      channel: address.channel,
      user: userLabel(user),
      display,
      jobId,
      status,
    })
    .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'audit trail write failed'));
}

export type SubmitOutcome =
  | { status: 'replied'; reply: Reply }
  | { status: 'rejected'; reply: Reply }
  | { status: 'queued'; reply: Reply; jobId: string; duplicate: boolean }
  /** `previewKey`: the prompt's message key, under which a worker's live preview updates it. */
  | { status: 'confirm'; reply: Reply; token: string; previewKey?: string }
  | { status: 'unavailable'; reply: Reply };

function userLabel(user: ChatUser): string {
  return user.name ?? user.id;
}

async function enqueue(data: CommandJobData, deps: SubmitDeps): Promise<SubmitOutcome> {
  try {
    const { duplicate } = await deps.queue.enqueue(data);
    if (!duplicate) {
      await audit(
        deps,
        data.confirmedBy ? 'confirmed' : 'submitted',
        data.address,
        data.user,
        data.display,
        data.jobId,
      );
    }
    const cluster = data.command.target ? describeCluster(data.command.target) : undefined;
    const reply = duplicate
      ? duplicateReply(data.display, data.jobId)
      : queuedReply(data.display, data.jobId, userLabel(data.user), cluster);
    if (data.confirmedBy) reply.context = { ...reply.context, confirmedBy: data.confirmedBy };
    return { status: 'queued', reply, jobId: data.jobId, duplicate };
  } catch (error) {
    deps.logger.warn({ err: String(error), jobId: data.jobId }, 'queue unavailable; command not queued');
    return { status: 'unavailable', reply: queueUnavailableReply(data.display) };
  }
}

/**
 * A command the intercept answered (sandbox faults such as `sandbox oom helm-controller`) changes the
 * stand-in's world as much as a job does, so it enters the trail too: `submitted` and `finished`
 * under one id (the delivery's), which `jobs` pairs like any job. These texts never carry secrets
 * (no flag takes one), and the length cap keeps a pasted wall of text out of the stream.
 */
async function auditIntercepted(request: ChatRequest, reply: Reply, deps: SubmitDeps): Promise<void> {
  // The hook also answers plain `help` (adding the sandbox commands); reading help is not audited anywhere.
  const parsed = parseCommand(request.text);
  if (parsed.ok && parsed.command.kind === 'help') return;
  const display = request.text.trim().replace(/\s+/g, ' ').slice(0, 200);
  const jobId = jobIdFor('cmd', request.address.platform, request.deliveryId);
  await audit(deps, 'submitted', request.address, request.user, display, jobId);
  await audit(deps, 'finished', request.address, request.user, display, jobId, reply.status);
}

export async function submit(request: ChatRequest, deps: SubmitDeps): Promise<SubmitOutcome> {
  // Rule 0: a hook that claims the text answers it; a hook that breaks must not block real commands.
  if (deps.intercept) {
    const reply = await deps.intercept(request).catch((error: unknown) => {
      deps.logger.warn({ err: String(error) }, 'submit intercept failed; parsing the text as a command');
      return undefined;
    });
    if (reply) {
      await auditIntercepted(request, reply, deps);
      return { status: 'replied', reply };
    }
  }
  let context: Awaited<ReturnType<ChannelContextStore['get']>>;
  try {
    context = await deps.contexts.get(request.address);
  } catch {
    return { status: 'unavailable', reply: queueUnavailableReply('your command') };
  }
  const parsed = parseCommand(request.text, { context, defaultSubscriptionId: deps.defaultSubscriptionId });
  // Rule 1: text that does not parse is answered at once and never enqueued.
  if (!parsed.ok) {
    // The raw text may hold a secret the parser could not place, so the audit keeps only the verb.
    await audit(deps, 'rejected', request.address, request.user, `${request.text.trim().split(/\s+/)[0] ?? ''} …`);
    return { status: 'rejected', reply: parseErrorReply(formatProblems(parsed.problems, parsed.helpTopic)) };
  }
  const command: Command = parsed.command;
  // Rule 2: commands that only read or set chat-side state need no job.
  if (command.kind === 'help') return { status: 'replied', reply: helpReply(command.topic) };
  if (command.kind === 'context') return { status: 'replied', reply: contextReply(context) };
  if ((command.kind === 'audit' || command.kind === 'jobs') && deps.audit) {
    try {
      const entries = await deps.audit.recent(request.address, command.kind === 'jobs' ? 200 : 20);
      return { status: 'replied', reply: command.kind === 'audit' ? auditReply(entries) : jobsReply(entries) };
    } catch {
      return { status: 'unavailable', reply: queueUnavailableReply(command.display) };
    }
  }
  if (command.kind === 'use') {
    try {
      await deps.contexts.set(request.address, command.context);
    } catch {
      return { status: 'unavailable', reply: queueUnavailableReply(command.display) };
    }
    return { status: 'replied', reply: contextSetReply(command.context) };
  }
  const data: CommandJobData = {
    jobId: jobIdFor('cmd', request.address.platform, request.deliveryId),
    address: request.address,
    user: request.user,
    locale: request.locale,
    receivedAt: request.receivedAt,
    command: deps.sealer.seal(command),
    display: command.display,
  };
  // Rule 3: destructive commands wait for the requester's Confirm unless they carry --yes.
  if (command.safety === 'destructive' && !command.yes) {
    try {
      const token = await deps.confirmations.create(data);
      await audit(deps, 'confirm-requested', request.address, request.user, command.display);
      const cluster = command.target ? describeCluster(command.target) : undefined;
      const summary = destructiveSummary(command);
      const previewKey = requestPreview(deps.queue, deps.logger, data, command, token);
      return {
        status: 'confirm',
        token,
        previewKey,
        reply: confirmReply(command.display, summary, token, userLabel(request.user), cluster),
      };
    } catch {
      return { status: 'unavailable', reply: queueUnavailableReply(command.display) };
    }
  }
  return enqueue(data, deps);
}

export interface Decision {
  token: string;
  decision: 'confirm' | 'cancel';
  user: ChatUser;
  address: ConversationAddress;
}

/** A Confirm or Cancel click. Runs the pending command at most once, only for its requester. */
export async function decide(input: Decision, deps: SubmitDeps): Promise<SubmitOutcome> {
  let taken: Awaited<ReturnType<ConfirmationStore['take']>>;
  try {
    taken = await deps.confirmations.take(input.token, input.user.id, input.address);
  } catch {
    return { status: 'unavailable', reply: queueUnavailableReply('the confirmed command') };
  }
  if (taken.outcome === 'expired') return { status: 'rejected', reply: confirmationExpiredReply() };
  if (taken.outcome === 'not-requester') return { status: 'rejected', reply: notRequesterReply(taken.requesterId) };
  if (taken.outcome === 'other-conversation') return { status: 'rejected', reply: otherConversationReply() };
  if (input.decision === 'cancel') {
    await audit(deps, 'cancelled', input.address, input.user, taken.data.display);
    return { status: 'replied', reply: cancelledReply(taken.data.display, userLabel(input.user)) };
  }
  const data: CommandJobData = {
    ...taken.data,
    // The token is single use, so deriving the id from it makes a replayed click a duplicate add.
    jobId: jobIdFor('act', input.address.platform, input.token),
    confirmedBy: userLabel(input.user),
  };
  return enqueue(data, deps);
}
