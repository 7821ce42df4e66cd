import { t } from '../../../src/replies/catalog/index.ts';
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
  const locale = reply.locale ?? 'en';
  const where = renderMessage(reply).thread.length > 0 ? t(locale, 'chrome.slack.too-large.thread') : '.';
  // The title is escaped already; the catalog's words and `where` carry no mrkdwn.
  return `${STATUS_EMOJI[reply.status]} ${t(locale, 'chrome.slack.too-large', { title, where })}`;
}
