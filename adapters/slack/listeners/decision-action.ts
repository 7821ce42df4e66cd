import type { App, BlockButtonAction } from '@slack/bolt';
import { CONFIRM_DECIDED_SEQ } from '../../../src/notify/notify-port.ts';
import { previewKeyFor } from '../../../src/submit/confirm-preview.ts';
import { decide } from '../../../src/submit/decide.ts';
import { announceJob } from '../announce-job.ts';
import { slackAddress } from '../conversation.ts';
import { outcomeResponse } from '../outcome-response.ts';
import { rememberResponseUrl } from '../remember-response-url.ts';
import { ACTION_IDS } from '../render/action-ids.ts';
import type { SlackListenerDeps } from './listener-deps.ts';

/**
 * Confirm/Cancel clicks on a destructive command's prompt. The click is acked at once (Slack shows
 * nothing for an ack of block_actions), then decide() takes the single-use token:
 * 1. confirmed or cancelled → the prompt is replaced, so the channel sees who confirmed (or who
 *    cancelled) and the buttons are gone, and the prompt's message is recorded as decided, so a live
 *    preview arriving later is dropped instead of bringing the buttons back; a confirmed job also
 *    gets its own message;
 * 2. anything else (someone else clicked, the token was used or expired, Redis is down) → an
 *    ephemeral note to the clicker only, and the prompt stays as it is.
 * A double click finds the token already taken, so the job runs once.
 */
const DECISION_ACTION = new RegExp(`^(${ACTION_IDS.confirm}|${ACTION_IDS.cancel})$`);

export function registerDecisionAction(app: App, deps: SlackListenerDeps): void {
  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: DECISION_ACTION },
    async ({ ack, body, action, respond }) => {
      await ack();
      const team = body.team?.id ?? body.user.team_id ?? '';
      const channel = body.channel?.id ?? body.container.channel_id;
      const address = slackAddress(team, String(channel), body.container.thread_ts as string | undefined);
      const outcome = await decide(
        {
          token: action.value ?? '',
          decision: action.action_id === ACTION_IDS.confirm ? 'confirm' : 'cancel',
          user: { id: body.user.id, name: body.user.username || body.user.name || undefined },
          address,
        },
        deps.submit,
      );
      const decided = (outcome.status === 'queued' && !outcome.duplicate) || outcome.status === 'replied';
      if (decided) {
        await respond({ ...outcomeResponse(outcome, true), replace_original: true });
        const messageTs = body.container.message_ts as string | undefined;
        await deps.states
          .save('slack', previewKeyFor('slack', action.value ?? ''), { ref: messageTs, seq: CONFIRM_DECIDED_SEQ })
          .catch(() => {});
        await rememberResponseUrl(outcome, body.response_url, deps.responseUrls, deps.logger);
        await announceJob(outcome, address, deps.notify, deps.logger);
        return;
      }
      await respond({ ...outcomeResponse(outcome), response_type: 'ephemeral', replace_original: false });
    },
  );
}
