import type { AckFn, App, RespondArguments, RespondFn, SlashCommand } from '@slack/bolt';
import { formatProblems } from '../../../src/commands/format-problems.ts';
import { parseCommand } from '../../../src/commands/parse.ts';
import { describeCluster, parseErrorReply, queuedReply } from '../../../src/replies/submit-replies.ts';
import type { ChatRequest } from '../../../src/submit/chat-request.ts';
import { jobIdFor } from '../../../src/submit/job-id.ts';
import { type SubmitOutcome, submit } from '../../../src/submit/submit.ts';
import { announceJob } from '../announce-job.ts';
import { commandDeliveryId, slackAddress } from '../conversation.ts';
import { outcomeResponse, STILL_WORKING } from '../outcome-response.ts';
import { within } from '../within.ts';
import { answersAtOnce } from './answers-at-once.ts';
import type { SlackListenerDeps } from './listener-deps.ts';

/**
 * `/flux <text>`: ack first, then submit(). Before the ack there is one Redis read (the channel's
 * cluster, which parsing needs) and the parse itself; everything slow — the locale lookup, the
 * enqueue, the audit — happens after Slack has its answer:
 * 1. text that does not parse → the ack carries the parse error; submit() still runs (it audits
 *    the rejection) and enqueues nothing;
 * 2. a command that becomes a job → the ack is the ephemeral "queued" note with the job id
 *    (deterministic, so a retried delivery names the same job and submit() runs it once); if
 *    submit() then fails, the reason follows through response_url;
 * 3. a command submit() answers itself (help, use, a confirmation prompt) → submit() runs first so
 *    the ack carries that answer, bounded by `submitDeadlineMs` ("still working" note otherwise).
 */
export function requestFromCommand(command: SlashCommand): ChatRequest {
  return {
    deliveryId: commandDeliveryId(command.team_id, command.trigger_id),
    address: slackAddress(command.team_id, command.channel_id),
    user: { id: command.user_id, name: command.user_name || undefined },
    text: command.text ?? '',
    receivedAt: new Date().toISOString(),
  };
}

async function followUp(outcome: SubmitOutcome, respond: RespondFn, request: ChatRequest, deps: SlackListenerDeps) {
  if (outcome.status === 'queued') {
    // The ack already named this job; a duplicate (retried delivery) needs no second word.
    await announceJob(outcome, request.address, deps.notify, deps.logger);
    return;
  }
  await respond(outcomeResponse(outcome));
}

export function registerFluxCommand(app: App, name: string, deps: SlackListenerDeps): void {
  app.command(name, async ({ command, ack: boltAck, respond }) => {
    // A bug below must still leave Slack with an answer, not a 500 "dispatch_failed".
    let acked = false;
    const ack: typeof boltAck = async (response) => {
      acked = true;
      await boltAck(response);
    };
    try {
      await handleCommand(command, ack, respond, deps);
    } catch (error) {
      deps.logger.error({ err: error instanceof Error ? error.message : String(error) }, '/flux failed');
      if (!acked) await boltAck(FAILED);
    }
  });
}

const FAILED = {
  response_type: 'ephemeral' as const,
  text: 'fluxops could not answer that command; the error is in its log. Check the channel before trying again.',
};

async function handleCommand(
  command: SlashCommand,
  ack: AckFn<RespondArguments>,
  respond: RespondFn,
  deps: SlackListenerDeps,
): Promise<void> {
  const request = requestFromCommand(command);
  const withLocale = async () => ({
    ...request,
    locale: await deps.locales.get(command.team_id, command.user_id),
  });
  let context: Awaited<ReturnType<SlackListenerDeps['submit']['contexts']['get']>>;
  try {
    context = await deps.submit.contexts.get(request.address);
  } catch {
    // Redis is down: submit() says so at once ("queue unavailable"); let it answer the ack.
    await ack(outcomeResponse(await submit(request, deps.submit)));
    return;
  }
  const parsed = parseCommand(request.text, { context, defaultSubscriptionId: deps.submit.defaultSubscriptionId });
  if (!parsed.ok) {
    await ack(
      outcomeResponse({
        status: 'rejected',
        reply: parseErrorReply(formatProblems(parsed.problems, parsed.helpTopic)),
      }),
    );
    // submit() parses again and records the rejection in the audit trail; nothing is enqueued.
    await submit(request, deps.submit);
    return;
  }
  if (!answersAtOnce(parsed.command)) {
    const jobId = jobIdFor('cmd', 'slack', request.deliveryId);
    const cluster = parsed.command.target ? describeCluster(parsed.command.target) : undefined;
    const note = queuedReply(parsed.command.display, jobId, request.user.name ?? request.user.id, cluster);
    await ack(outcomeResponse({ status: 'queued', reply: note, jobId, duplicate: false }));
    await followUp(await submit(await withLocale(), deps.submit), respond, request, deps);
    return;
  }
  const submitting = withLocale().then((r) => submit(r, deps.submit));
  const outcome = await within(submitting, deps.submitDeadlineMs, undefined);
  if (outcome) {
    await ack(outcomeResponse(outcome));
    await announceJob(outcome, request.address, deps.notify, deps.logger);
    return;
  }
  await ack(STILL_WORKING);
  const late = await submitting;
  await respond(outcomeResponse(late));
  await announceJob(late, request.address, deps.notify, deps.logger);
}
