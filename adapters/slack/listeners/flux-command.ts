import type { App, SlashCommand } from '@slack/bolt';
import type { ChatRequest } from '../../../src/requests/chat-request.ts';
import { submit } from '../../../src/submit/submit.ts';
import { announceJob } from '../announce-job.ts';
import { commandDeliveryId, slackAddress } from '../conversation.ts';
import { outcomeResponse, STILL_WORKING } from '../outcome-response.ts';
import { within } from '../within.ts';
import type { SlackListenerDeps } from './listener-deps.ts';

/**
 * `/flux <text>`. submit() runs before ack() so the ack itself carries the answer — the parse error,
 * the confirmation prompt, or the "queued" note with the job id — in one message instead of two.
 * That is safe for the 3-second rule because every step is bounded: the locale lookup waits at most
 * 300 ms, submit() fails fast when Redis is down, and if it is merely slow we ack with a "still
 * working" note after `submitDeadlineMs` and send the outcome through response_url later.
 * A retried delivery carries the same trigger_id, hence the same job id: submit() reports it as a
 * duplicate and nothing runs twice.
 */
export function requestFromCommand(command: SlashCommand, locale: string | undefined): ChatRequest {
  return {
    deliveryId: commandDeliveryId(command.team_id, command.trigger_id),
    address: slackAddress(command.team_id, command.channel_id),
    user: { id: command.user_id, name: command.user_name || undefined },
    text: command.text ?? '',
    locale,
    receivedAt: new Date().toISOString(),
  };
}

export function registerFluxCommand(app: App, name: string, deps: SlackListenerDeps): void {
  app.command(name, async ({ command, ack, respond }) => {
    const locale = await deps.locales.get(command.team_id, command.user_id);
    const request = requestFromCommand(command, locale);
    const submitting = submit(request, deps.submit);
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
  });
}
