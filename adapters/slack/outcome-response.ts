import type { RespondArguments } from '@slack/bolt';
import type { SubmitOutcome } from '../../src/submit/commit.ts';
import { renderMessage } from './render/render-message.ts';

/**
 * What the user sees for a prepared delivery or a commit()/decide() outcome, as the body of an ack or
 * respond().
 * Rule 1: a confirmation prompt is posted in the channel, so the team sees what is about to change
 * and, after the click, who confirmed it. Rule 2: everything else (the "queued" note, parse errors,
 * help, "queue unavailable") is ephemeral; the job's own message is posted in the channel by the
 * notify worker.
 */
export function outcomeResponse(outcome: Pick<SubmitOutcome, 'status' | 'reply'>): RespondArguments {
  const { text, blocks } = renderMessage(outcome.reply);
  return { response_type: outcome.status === 'confirm' ? 'in_channel' : 'ephemeral', text, blocks };
}

/** The note sent when prepare() takes longer than the ack allows; the outcome follows by respond(). */
export const STILL_WORKING: RespondArguments = {
  response_type: 'ephemeral',
  text: 'Received — fluxops is slow to answer right now; the result follows here in a moment.',
};
