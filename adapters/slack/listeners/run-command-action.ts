import type { App, BlockButtonAction } from '@slack/bolt';
import type { ChatRequest } from '../../../src/submit/chat-request.ts';
import { commit } from '../../../src/submit/commit.ts';
import { prepare } from '../../../src/submit/prepare.ts';
import { announceJob } from '../announce-job.ts';
import { announcePrompt } from '../announce-prompt.ts';
import { buttonDeliveryId, slackAddress } from '../conversation.ts';
import { outcomeResponse } from '../outcome-response.ts';
import { rememberResponseUrl } from '../remember-response-url.ts';
import { RUN_ACTION_PATTERN } from '../render/action-ids.ts';
import type { SlackListenerDeps } from './listener-deps.ts';

/**
 * Buttons that run a command (e.g. "Show details"). The button's value is chat text, submitted like
 * typed text, so it is parsed and policy-checked again. The delivery id is message + button + user:
 * clicking twice is one job.
 */
export function registerRunCommandAction(app: App, deps: SlackListenerDeps): void {
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: RUN_ACTION_PATTERN },
    async ({ ack, body, action, respond }) => {
      await ack();
      const team = body.team?.id ?? body.user.team_id ?? '';
      const channel = String(body.channel?.id ?? body.container.channel_id);
      const messageTs = String(body.container.message_ts ?? body.message?.ts ?? '');
      const locale = await deps.locales.get(team, body.user.id);
      const request: ChatRequest = {
        deliveryId: buttonDeliveryId(team, messageTs, action.action_id, body.user.id),
        address: slackAddress(team, channel, body.container.thread_ts as string | undefined),
        user: { id: body.user.id, name: body.user.username || body.user.name || undefined },
        text: action.value ?? '',
        locale,
        receivedAt: new Date().toISOString(),
      };
      const prepared = await prepare(request, deps.submit);
      await rememberResponseUrl(prepared, body.response_url, deps.responseUrls, deps.logger);
      const outcome = await commit(prepared, deps.submit);
      await respond({ ...outcomeResponse(outcome), replace_original: false });
      await announceJob(outcome, request.address, deps.notify, deps.logger);
      await announcePrompt(outcome, request.address, deps.notify, deps.logger);
      await announcePrompt(outcome, request.address, deps.notify, deps.logger);
    },
  );
}
