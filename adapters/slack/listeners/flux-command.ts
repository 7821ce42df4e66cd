import type { AckFn, App, RespondArguments, RespondFn, SlashCommand } from '@slack/bolt';
import { t } from '../../../src/replies/catalog/index.ts';
import { resolveLocale } from '../../../src/replies/locale/locale.ts';
import type { ChatRequest } from '../../../src/submit/chat-request.ts';
import { commit } from '../../../src/submit/commit.ts';
import { prepare } from '../../../src/submit/prepare.ts';
import { announceJob } from '../announce-job.ts';
import { announcePrompt } from '../announce-prompt.ts';
import { commandDeliveryId, slackAddress } from '../conversation.ts';
import { outcomeResponse, stillWorking } from '../outcome-response.ts';
import { rememberResponseUrl } from '../remember-response-url.ts';
import { within } from '../within.ts';
import type { SlackListenerDeps } from './listener-deps.ts';

/** The platform-neutral request of one `/flux <text>` delivery. */
function requestFromCommand(command: SlashCommand): ChatRequest {
  return {
    deliveryId: commandDeliveryId(command.team_id, command.trigger_id),
    address: slackAddress(command.team_id, command.channel_id),
    user: { id: command.user_id, name: command.user_name || undefined },
    text: command.text ?? '',
    receivedAt: new Date().toISOString(),
  };
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
      if (!acked) await boltAck(failed());
    }
  });
}

/** The ack when prepare() threw: the reader's language is not known here, so the default one. */
function failed() {
  return { response_type: 'ephemeral' as const, text: t(resolveLocale(undefined), 'chrome.slack.failed') };
}

/**
 * `/flux <text>`: prepare, ack with what it decided, then commit. Before the ack there are only
 * prepare's reads (the channel's cluster, the parse; the audit trail for `audit`/`jobs`); the
 * writes and the slow locale lookup (users.info) come after Slack has its answer.
 *
 * Rules:
 * 1. The ack carries prepare's reply — the parse error, help, the confirmation prompt, or the
 *    "queued" note with the job id (deterministic, so a retried delivery names the same job and
 *    commit runs it once) — bounded by `submitDeadlineMs` ("still working" note otherwise).
 * 2. commit then writes: the job, the pending confirmation, the channel's cluster, the audit.
 * 3. Slack hears again only when commit ends otherwise than the ack said (Redis failed between
 *    the two, or the ack was the "still working" note), through response_url.
 * 4. A new job's "queued" message, or a destructive command's confirmation prompt, goes to the
 *    channel through the notify queue (the ack only says the prompt follows).
 */
async function handleCommand(
  command: SlashCommand,
  ack: AckFn<RespondArguments>,
  respond: RespondFn,
  deps: SlackListenerDeps,
): Promise<void> {
  const request = requestFromCommand(command);
  // A returning user's language is known without asking Slack; a new user's arrives late (commit).
  const known = await deps.locales.known(command.team_id, command.user_id);
  if (known) request.locale = known;
  const preparing = prepare(request, deps.submit);
  const onTime = await within(preparing, deps.submitDeadlineMs, undefined);
  await ack(onTime ? outcomeResponse(onTime) : stillWorking(request.locale));
  const prepared = onTime ?? (await preparing);
  const needsLocale = prepared.step === 'enqueue' || prepared.step === 'confirm';
  const locale = needsLocale ? await deps.locales.get(command.team_id, command.user_id) : undefined;
  await rememberResponseUrl(prepared, command.response_url, deps.responseUrls, deps.logger);
  const outcome = await commit(prepared, deps.submit, { locale });
  if (!onTime || outcome.status !== prepared.status) await respond(outcomeResponse(outcome));
  await announceJob(outcome, request.address, deps.notify, deps.logger);
  await announcePrompt(outcome, request.address, deps.notify, deps.logger);
}
