import type { App } from '@slack/bolt';
import type { NotifyPort } from '../../../src/notify/notify-port.ts';
import type { ChatRequest } from '../../../src/submit/chat-request.ts';
import { commit, type SubmitOutcome } from '../../../src/submit/commit.ts';
import { prepare } from '../../../src/submit/prepare.ts';
import { announceJob } from '../announce-job.ts';
import { announcePrompt } from '../announce-prompt.ts';
import { slackAddress } from '../conversation.ts';
import { mentionText } from '../mention-text.ts';
import type { SlackListenerDeps } from './listener-deps.ts';

/** The fields of an app_mention event fluxops reads (Slack's Events API, `event_callback`). */
interface MentionEvent {
  user?: string;
  text?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  bot_id?: string;
}

const ANSWER_SEQ = 1;

/**
 * `@fluxops <command>` in a channel or a thread (the `app_mention` event). Bolt acks the event at
 * once; then, like a slash command, prepare() and commit() run once per event. Rules:
 * 1. the bot's own mention is stripped (mention-text.ts); a message from a bot is ignored;
 * 2. the delivery id is team + event id, so Slack's redelivery of an event runs it once;
 * 3. in a thread everything is posted in that thread; in a channel, at the top of the channel;
 * 4. there is no ack to carry an answer, so every outcome is posted through the notify queue: a
 *    job's message (updated in place as it runs), a confirmation prompt (its preview edits it), or
 *    the answer itself (help, a parse error, a refusal) under a key of the event's own.
 */
export function registerAppMention(app: App, deps: SlackListenerDeps): void {
  app.event('app_mention', async ({ event, body }) => {
    const mention = event as MentionEvent;
    // Fields are read as Slack documents them; anything else (a bot's own message, a body that
    // only claims to be an app_mention) is ignored.
    if (mention.bot_id || typeof mention.user !== 'string' || typeof mention.channel !== 'string') return;
    if (mention.text !== undefined && typeof mention.text !== 'string') return;
    const envelope = body as { team_id?: string; event_id?: string; authorizations?: { user_id?: string }[] };
    const team = envelope.team_id ?? '';
    const eventId = envelope.event_id ?? `${mention.channel}:${mention.ts ?? ''}`;
    const request: ChatRequest = {
      deliveryId: `${team}:${eventId}`,
      address: slackAddress(
        team,
        mention.channel,
        typeof mention.thread_ts === 'string' ? mention.thread_ts : undefined,
      ),
      user: { id: mention.user },
      text: mentionText(mention.text ?? '', envelope.authorizations?.[0]?.user_id),
      locale: await deps.locales.get(team, mention.user),
      receivedAt: new Date().toISOString(),
    };
    const outcome = await commit(await prepare(request, deps.submit), deps.submit, { locale: request.locale });
    await announceJob(outcome, request.address, deps.notify, deps.logger);
    await announcePrompt(outcome, request.address, deps.notify, deps.logger);
    await postAnswer(outcome, request, deps.notify);
  });
}

/** Rule 4: an outcome that is neither a job nor a prompt is posted as a message of its own. */
async function postAnswer(outcome: SubmitOutcome, request: ChatRequest, notify: NotifyPort): Promise<void> {
  if (outcome.status === 'queued' || outcome.status === 'confirm') return;
  const key = `mention-${request.deliveryId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  await notify.notify({ address: request.address, key, seq: ANSWER_SEQ, reply: outcome.reply });
}
