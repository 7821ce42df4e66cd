import type { AuditEvent } from '../access/audit-log.ts';
import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';
import { metrics } from '../platform/metrics.ts';
import { currentTraceCarrier, inSpan } from '../platform/tracing.ts';
import { matchLocale, resolveLocale } from '../replies/locale/locale.ts';
import type { Reply } from '../replies/reply.ts';
import { describeCluster, duplicateReply, queuedReply, queueUnavailableReply } from '../replies/submit-replies.ts';
import { withWarnings } from '../replies/with-warnings.ts';
import { applyAccessChange } from './answer-access.ts';
import { requestPreview } from './confirm-preview.ts';
import type { Prepared } from './prepare.ts';
import type { CommandJobData } from './queue-port.ts';
import type { SubmitDeps } from './submit-deps.ts';
import { userLabel } from './user-label.ts';

export type SubmitOutcome =
  | { status: 'replied'; reply: Reply }
  | { status: 'rejected'; reply: Reply }
  | { status: 'queued'; reply: Reply; jobId: string; duplicate: boolean }
  /** `previewKey`: the prompt's message key, under which a worker's live preview updates it. */
  | { status: 'confirm'; reply: Reply; token: string; previewKey?: string }
  | { status: 'unavailable'; reply: Reply };

/**
 * Carries out what `prepare` decided: the writes (enqueue, pending confirmation, channel context,
 * audit). Never throws; a Redis outage becomes the "queue unavailable" outcome, so an adapter that
 * already answered from `prepare` knows to say so.
 *
 * Rules:
 * 1. `late.locale` fills in what a platform tells only after the ack (Slack's users.info).
 * 2. A job that already exists (a retried delivery) is a duplicate and is not audited twice.
 * 3. A confirmation is stored under the token its prompt shows, then a live preview is asked for.
 */
export async function commit(
  prepared: Prepared,
  deps: SubmitDeps,
  late: { locale?: string } = {},
): Promise<SubmitOutcome> {
  const platform =
    prepared.step === 'answer' || prepared.step === 'use' || prepared.step === 'access'
      ? prepared.who.address.platform
      : prepared.data.address.platform;
  const outcome = await inSpan(
    'fluxops.chat_request',
    { 'fluxops.platform': platform, 'fluxops.step': prepared.step },
    () => carryOut(prepared, deps, late),
  );
  metrics.chatRequests.inc({ platform, outcome: outcome.status });
  return outcome;
}

async function carryOut(prepared: Prepared, deps: SubmitDeps, late: { locale?: string }): Promise<SubmitOutcome> {
  switch (prepared.step) {
    case 'answer':
      for (const note of prepared.audit) await audit(deps, prepared.who, note);
      return { status: prepared.status, reply: prepared.reply };
    case 'use':
      try {
        if (prepared.context) await deps.contexts.set(prepared.who.address, prepared.context);
        if (prepared.lang) await deps.contexts.setLocale(prepared.who.address, prepared.lang);
      } catch {
        return { status: 'unavailable', reply: queueUnavailableReply(prepared.display, prepared.reply.locale) };
      }
      return { status: 'replied', reply: prepared.reply };
    case 'access':
      try {
        await applyAccessChange(prepared.change, deps);
      } catch {
        return { status: 'unavailable', reply: queueUnavailableReply(prepared.display, prepared.reply.locale) };
      }
      await audit(deps, prepared.who, {
        event: 'finished',
        display: prepared.display,
        status: 'succeeded',
        access: prepared.access,
      });
      return { status: 'replied', reply: prepared.reply };
    case 'confirm': {
      const data = { ...withLocale(prepared.data, late.locale), trace: currentTraceCarrier() };
      try {
        await deps.confirmations.save(prepared.token, data);
      } catch {
        return { status: 'unavailable', reply: queueUnavailableReply(data.display, resolveLocale(data.locale)) };
      }
      await audit(deps, data, { event: 'confirm-requested', display: data.display, access: data.access });
      const previewKey = requestPreview(deps.queue, deps.logger, data, prepared.command, prepared.token);
      return { status: 'confirm', reply: prepared.reply, token: prepared.token, previewKey };
    }
    case 'enqueue':
      return enqueue({ ...withLocale(prepared.data, late.locale), trace: currentTraceCarrier() }, deps);
  }
}

/** Rule 2. Also the path of a confirmed command (`decide`), whose data carries `confirmedBy`. */
export async function enqueue(data: CommandJobData, deps: SubmitDeps): Promise<SubmitOutcome> {
  try {
    const { duplicate } = await deps.queue.enqueue(data);
    if (!duplicate) {
      const event: AuditEvent = data.confirmedBy ? 'confirmed' : 'submitted';
      await audit(deps, data, { event, display: data.display, jobId: data.jobId, access: data.access });
    }
    const locale = resolveLocale(data.locale);
    const cluster = data.command.target ? describeCluster(data.command.target, locale) : undefined;
    const reply = withWarnings(
      duplicate
        ? duplicateReply(data.display, data.jobId, locale)
        : queuedReply(data.display, data.jobId, userLabel(data.user), cluster, locale),
      data.command.warnings,
      locale,
    );
    if (data.confirmedBy) reply.provenance = { ...reply.provenance, confirmedBy: data.confirmedBy };
    return { status: 'queued', reply, jobId: data.jobId, duplicate };
  } catch (error) {
    deps.logger.warn({ err: String(error), jobId: data.jobId }, 'queue unavailable; command not queued');
    return { status: 'unavailable', reply: queueUnavailableReply(data.display, resolveLocale(data.locale)) };
  }
}

/** Rule 1: a late locale fluxops does not speak keeps the language prepare chose (the channel's or default). */
function withLocale(data: CommandJobData, locale: string | undefined): CommandJobData {
  const spoken = matchLocale(locale);
  return spoken === undefined ? data : { ...data, locale: spoken };
}

/** One audit entry. Audit failures never block a command; they are logged and the command goes on. */
export async function audit(
  deps: SubmitDeps,
  who: { address: ConversationAddress; user: ChatUser },
  note: { event: AuditEvent; display: string; jobId?: string; status?: string; access?: string },
): Promise<void> {
  await deps.audit
    ?.record({
      event: note.event,
      platform: who.address.platform,
      channel: who.address.channel,
      user: userLabel(who.user),
      display: note.display,
      jobId: note.jobId,
      status: note.status,
      access: note.access,
    })
    .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'audit trail write failed'));
}
