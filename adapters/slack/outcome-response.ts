import type { RespondArguments } from '@slack/bolt';
import { t } from '../../src/replies/catalog/index.ts';
import { resolveLocale } from '../../src/replies/locale/locale.ts';
import type { SubmitOutcome } from '../../src/submit/commit.ts';
import { renderMessage } from './render/render-message.ts';

/**
 * What the user sees for a prepared delivery or a commit()/decide() outcome, as the body of an ack or
 * respond().
 * Rule 1: a confirmation prompt is not in the ack: it is posted in the channel as a message of its
 * own (announce-prompt.ts), so the team sees what is about to change, the live preview and the
 * outcome edit it; the ack only says it follows. Rule 2: everything else (the "queued" note, parse
 * errors, help, "queue unavailable") is ephemeral; the job's own message is posted in the channel
 * by the notify worker. Rule 3: a decision (`decided`) replaces the prompt in the channel.
 */
export function outcomeResponse(outcome: Pick<SubmitOutcome, 'status' | 'reply'>, decided = false): RespondArguments {
  if (outcome.status === 'confirm') return promptFollows(outcome.reply.locale);
  const { text, blocks } = renderMessage(outcome.reply);
  return { response_type: decided ? 'in_channel' : 'ephemeral', text, blocks };
}

/** The ack of a destructive command: its prompt is posted in the channel right after. */
function promptFollows(locale: string | undefined): RespondArguments {
  return { response_type: 'ephemeral', text: t(resolveLocale(locale), 'chrome.slack.prompt-follows') };
}

/** The note sent when prepare() takes longer than the ack allows; the outcome follows by respond(). */
export function stillWorking(locale: string | undefined): RespondArguments {
  return { response_type: 'ephemeral', text: t(resolveLocale(locale), 'chrome.slack.still-working') };
}
