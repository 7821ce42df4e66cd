import type { WebClient } from '@slack/web-api';
import { type Deliverer, DeliveryRateLimitedError } from '../../../src/notify/deliverer.ts';
import { withKeyLock } from '../../../src/notify/key-lock.ts';
import type { MessageStateStore } from '../../../src/notify/message-state.ts';
import type { NotifyMessage, NotifyPort } from '../../../src/notify/notify-port.ts';
import type { Logger } from '../../../src/platform/logger.ts';
import type { RedisClient } from '../../../src/platform/redis-client.ts';
import { isFinal } from '../../../src/replies/reply.ts';
import { renderMessage } from '../render/render-message.ts';
import { renderThread } from '../render/render-thread.ts';
import { tooLargeText } from '../render/too-large-text.ts';
import type { ResponseUrlFallback } from './response-url-fallback.ts';
import type { BudgetedMethod, SlackBudgets } from './slack-budgets.ts';
import { classifySlackFailure } from './slack-errors.ts';
import { firstThreadPart, nextThreadPart, threadPartIndex } from './thread-parts.ts';

/**
 * Posts a job's message once (chat.postMessage) and edits it in place (chat.update) as updates
 * arrive. Rules, per notify message:
 * 1. one delivery per key at a time (key lock), and an update older than what is shown is dropped;
 * 2. every Web API call takes a unit of its method's budgets (slack-budgets.ts: chat.update per
 *    workspace, chat.postMessage per channel), shared by every process; over budget, or on a 429
 *    (which holds those budgets), the message is re-queued for later (Retry-After), never dropped;
 * 3. a final reply's long output goes to the thread, one paced notify job per thread message,
 *    each enqueuing the next so they appear in order;
 * 4. a message `threadOf` another key is posted under that message; while the parent is not
 *    posted yet, it waits (re-queued) rather than landing at the top of the channel;
 * 5. an `updateOnly` message (a confirmation preview) never posts anew: while its prompt is not
 *    posted yet it is retried with the notify queue's backoff (the prompt is queued right after the
 *    preview is asked for, so it may come second), and dropped when the retries run out or the
 *    prompt went out through a response_url (no ts to edit);
 * 6. a message Slack refuses (`invalid_blocks`, `msg_too_long`) goes again as its plain-text
 *    fallback, then as a short "too large" note — it never stays at ⏳ Queued;
 * 7. a message `privateTo` a user (the `alerts setup` key) goes to that user's direct message with
 *    the bot (conversations.open), never to the channel it was asked in;
 * 8. where the bot is not in the channel (`not_in_channel`, `channel_not_found`), the reply goes
 *    through the command's response_url with a hint to invite the bot (response-url-fallback.ts).
 */
export interface SlackDelivererOptions {
  client: WebClient;
  redis: RedisClient;
  prefix: string;
  budgets: SlackBudgets;
  responseUrls: ResponseUrlFallback;
  states: MessageStateStore;
  notify: NotifyPort;
  logger: Logger;
}

/** What Slack answers where the bot may not post: a public channel it left, or a private one. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

interface Content {
  text: string;
  blocks: unknown[];
}

export class SlackDeliverer implements Deliverer {
  readonly platform = 'slack' as const;
  readonly coalescesUpdates = true;

  constructor(private readonly options: SlackDelivererOptions) {}

  async deliver(message: NotifyMessage): Promise<void> {
    const { redis, prefix } = this.options;
    const target = message.privateTo ? await this.directMessage(message, message.privateTo.id) : message;
    await withKeyLock(redis, `${prefix}:slack:lock:${target.key}`, () => this.deliverLocked(target));
  }

  /** Rule 7: the same message, addressed to the user's direct message with the bot (no thread, no channel). */
  private async directMessage(message: NotifyMessage, user: string): Promise<NotifyMessage> {
    const opened = await this.options.client.conversations.open({ users: user });
    const channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open answered without a channel id');
    const { privateTo: _privateTo, ...rest } = message;
    const { thread: _thread, ...address } = message.address;
    return { ...rest, address: { ...address, channel } };
  }

  private async deliverLocked(message: NotifyMessage): Promise<void> {
    const { states, logger } = this.options;
    const state = await states.get('slack', message.key);
    if (state && state.seq >= message.seq) return;
    if (message.updateOnly && !(state?.ref ?? message.ref)) {
      // Shown without a ts (through a response_url): nothing to edit. Not shown yet: wait for it.
      if (state) return;
      throw new Error(`message ${message.key} to update is not posted yet`);
    }
    const partIndex = threadPartIndex(message);
    const rendered = partIndex === undefined ? renderMessage(message.reply) : undefined;
    const content: Content | undefined =
      rendered ?? renderThread(renderMessage(message.reply).thread, message.reply.locale)[partIndex ?? 0];
    if (!content) return;
    const thread = await this.threadOf(message);
    let ref: string | undefined;
    try {
      ref = await this.write(message, content, state?.ref ?? message.ref, thread);
    } catch (error) {
      const failure = classifySlackFailure(error);
      if (failure.kind === 'permanent' && NOT_A_MEMBER.has(failure.code)) {
        if (await this.options.responseUrls.send(message)) {
          await states.save('slack', message.key, { seq: message.seq });
          return;
        }
      }
      if (failure.kind === 'permanent') {
        logger.warn(
          { key: message.key, channel: message.address.channel, code: failure.code },
          'slack refused the message; dropped',
        );
        return;
      }
      throw error;
    }
    await states.save('slack', message.key, { ref, seq: message.seq });
    if (rendered && isFinal(message.reply.status) && rendered.thread.length > 0 && ref) {
      await this.options.notify.notify(firstThreadPart(message, ref, thread));
    } else if (partIndex !== undefined) {
      const next = nextThreadPart(
        message,
        renderThread(renderMessage(message.reply).thread, message.reply.locale).length,
      );
      if (next) await this.options.notify.notify(next);
    }
  }

  /** The parent ts to post under: the address's thread, or the ts of the message named by `threadOf`. */
  private async threadOf(message: NotifyMessage): Promise<string | undefined> {
    if (!message.threadOf) return message.address.thread;
    const parent = await this.options.states.get('slack', message.threadOf);
    if (!parent?.ref) {
      throw new DeliveryRateLimitedError(1_000, `parent message ${message.threadOf} is not posted yet`);
    }
    return parent.ref;
  }

  /** Posts or updates; returns the message's ts. Falls back to posting anew when the old one is gone. */
  private async write(
    message: NotifyMessage,
    content: Content,
    ts: string | undefined,
    thread: string | undefined,
  ): Promise<string | undefined> {
    const { client } = this.options;
    const { channel } = message.address;
    const attempt = async (body: Content): Promise<string | undefined> => {
      if (ts) {
        try {
          await this.call('chat.update', message, () =>
            client.chat.update({ channel, ts, text: body.text, blocks: body.blocks as never }),
          );
          return ts;
        } catch (error) {
          if (classifySlackFailure(error).kind !== 'gone') throw error;
        }
      }
      const posted = await this.call('chat.postMessage', message, () =>
        client.chat.postMessage({
          channel,
          text: body.text,
          blocks: body.blocks as never,
          ...(thread ? { thread_ts: thread } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      return posted.ts;
    };
    // Refused as too large or invalid: the plain-text fallback once, then a short note.
    const fallbacks: Content[] = [
      { text: content.text, blocks: [] },
      { text: tooLargeText(message.reply), blocks: [] },
    ];
    for (let body = content; ; ) {
      try {
        return await attempt(body);
      } catch (error) {
        const next = fallbacks.shift();
        if (classifySlackFailure(error).kind !== 'bad-blocks' || !next) throw error;
        this.options.logger.warn(
          { key: message.key },
          'slack refused the message as too large or invalid; sending less',
        );
        body = next;
      }
    }
  }

  /**
   * One Web API call inside its budgets: a unit is taken first (DeliveryRateLimitedError when there
   * is none) and settled when Slack answered, so it counts from when Slack saw it; a 429 holds the
   * call's budgets for Retry-After before re-queueing the message.
   */
  private async call<T>(method: BudgetedMethod, message: NotifyMessage, send: () => Promise<T>): Promise<T> {
    const { budgets } = this.options;
    const team = message.address.extra?.team ?? '';
    const { channel } = message.address;
    const receipt = await budgets.take(method, team, channel);
    try {
      return await send();
    } catch (error) {
      const failure = classifySlackFailure(error);
      if (failure.kind !== 'rate-limited') throw error;
      await budgets.backOff(method, team, channel, failure.retryAfterMs);
      throw new DeliveryRateLimitedError(failure.retryAfterMs, `Slack answered 429 to ${method} in ${team}/${channel}`);
    } finally {
      await budgets.settle(receipt).catch(() => {});
    }
  }
}
