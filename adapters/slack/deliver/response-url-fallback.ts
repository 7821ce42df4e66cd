import type { types } from '@slack/bolt';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';
import type { Logger } from '../../../src/platform/logger.ts';
import type { RedisClient } from '../../../src/platform/redis-client.ts';
import { t } from '../../../src/replies/catalog/index.ts';
import { resolveLocale } from '../../../src/replies/locale/locale.ts';
import { isFinal } from '../../../src/replies/reply.ts';
import { renderMessage } from '../render/render-message.ts';

/** Slack keeps a command's response_url for 30 minutes and 5 uses. */
const KEEP_SECONDS = 30 * 60;
const MAX_USES = 5;
const MAX_BLOCKS = 50;

/**
 * When chat.postMessage answers `not_in_channel` (or `channel_not_found`, Slack's answer for a
 * private channel the bot is not in), the reply goes to the response_url of the command that asked
 * for it, with a hint to invite the bot. Rules:
 * 1. the listener remembers the response_url under the message's key (the job id, or the prompt's
 *    key) for Slack's 30 minutes; it comes from a signed request only, so no other URL is posted to;
 * 2. a response_url allows 5 uses: progress is not sent through it, only a final reply or a
 *    confirmation prompt, and at most 5 of them per key;
 * 3. the reply is posted `in_channel`, as the message would have been, with the invite hint (`chrome.slack.invite`) under it;
 * 4. without a response_url (alerts, @mentions) there is nothing to fall back to (false).
 */
export class ResponseUrlFallback {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly logger: Logger,
  ) {}

  private key(messageKey: string): string {
    return `${this.prefix}:slack:response-url:${messageKey}`;
  }

  /** Rule 1. */
  async remember(messageKey: string, responseUrl: string): Promise<void> {
    await this.redis.set(this.key(messageKey), responseUrl, 'EX', KEEP_SECONDS);
  }

  /** Sends the message through its command's response_url; false when it has none to go to. */
  async send(message: NotifyMessage): Promise<boolean> {
    const url = await this.redis.get(this.key(message.key));
    if (!url) return false;
    // Rule 2: progress is dropped here; the final reply follows and takes its place.
    if (!isFinal(message.reply.status) && message.reply.status !== 'confirm') return true;
    const uses = await this.redis
      .multi()
      .incr(`${this.key(message.key)}:uses`)
      .expire(`${this.key(message.key)}:uses`, KEEP_SECONDS)
      .exec();
    if (Number(uses?.[0]?.[1]) > MAX_USES) {
      this.logger.warn({ key: message.key }, 'slack: response_url used up; reply dropped');
      return true;
    }
    const { text, blocks } = renderMessage(message.reply);
    // Said under a reply that came through response_url because the bot is not in the channel.
    const invite = t(resolveLocale(message.reply.locale), 'chrome.slack.invite');
    const hint: types.ContextBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: invite }] };
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        response_type: 'in_channel',
        replace_original: false,
        text: `${text}\n${invite}`,
        blocks: [...blocks.slice(0, MAX_BLOCKS - 1), hint],
      }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`slack response_url answered ${response.status}`);
    return true;
  }
}
