import type { Reply } from '../../../src/replies/reply.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { renderMessage } from './render-message.ts';
import { splitMrkdwn } from './split-mrkdwn.ts';
import { STATUS_EMOJI } from './status-emoji.ts';
import { stripMentions } from './strip-mentions.ts';

/**
 * The last resort when Slack refuses a message and its plain-text fallback: status, title and what
 * happened. Rules: 1. it says where the rest is — the thread, when the reply has thread output;
 * 2. the title is stripped of mentions and escaped like every other field.
 */
export function tooLargeText(reply: Reply): string {
  const [title = ''] = splitMrkdwn(escapeMrkdwn(stripMentions(reply.title)), 200);
  const where = renderMessage(reply).thread.length > 0 ? ' — see the thread for the full output.' : '.';
  return `${STATUS_EMOJI[reply.status]} ${title}: too large for one Slack message${where}`;
}
