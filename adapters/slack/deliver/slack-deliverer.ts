import type { WebClient } from '@slack/web-api';
import type { Redis } from 'ioredis';
import type { ChannelPacer } from '../../../src/notify/channel-pacer.ts';
import { type Deliverer, DeliveryRateLimitedError } from '../../../src/notify/deliverer.ts';
import { withKeyLock } from '../../../src/notify/key-lock.ts';
import type { MessageStateStore } from '../../../src/notify/message-state.ts';
import type { NotifyMessage, NotifyPort } from '../../../src/notify/notify-port.ts';
import type { Logger } from '../../../src/platform/logger.ts';
import { isFinal } from '../../../src/replies/reply.ts';
import { renderMessage } from '../render/render-message.ts';
import { renderThread } from '../render/render-thread.ts';
import { tooLargeText } from '../render/too-large-text.ts';
import { classifySlackFailure } from './slack-errors.ts';
import { firstThreadPart, nextThreadPart, threadPartIndex } from './thread-parts.ts';

/**
 * Posts a job's message once (chat.postMessage) and edits it in place (chat.update) as updates
 * arrive. Rules, per notify message:
 * 1. one delivery per key at a time (key lock), and an update older than what is shown is dropped;
 * 2. every Web API write takes a slot of the channel's budget (≈ 1/s); over budget, or on a 429,
 *    the message is re-queued for later (Retry-After), never dropped;
 * 3. a final reply's long output goes to the thread, one paced notify job per thread message,
 *    each enqueuing the next so they appear in order;
 * 4. a message `threadOf` another key is posted under that message; while the parent is not
 *    posted yet, it waits (re-queued) rather than landing at the top of the channel;
 * 5. an `updateOnly` message (a confirmation preview) is dropped when nothing is shown under its key;
 * 6. a message Slack refuses (`invalid_blocks`, `msg_too_long`) goes again as its plain-text
 *    fallback, then as a short "too large" note — it never stays at ⏳ Queued.
 */
export interface SlackDelivererOptions {
  client: WebClient;
  redis: Redis;
  prefix: string;
  pacer: ChannelPacer;
  states: MessageStateStore;
  notify: NotifyPort;
  logger: Logger;
}

interface Content {
  text: string;
  blocks: unknown[];
}

export class SlackDeliverer implements Deliverer {
  readonly platform = 'slack' as const;

  constructor(private readonly options: SlackDelivererOptions) {}

  async deliver(message: NotifyMessage): Promise<void> {
    const { redis, prefix } = this.options;
    await withKeyLock(redis, `${prefix}:slack:lock:${message.key}`, () => this.deliverLocked(message));
  }

  private async deliverLocked(message: NotifyMessage): Promise<void> {
    const { states, pacer, logger } = this.options;
    const state = await states.get('slack', message.key);
    if (state && state.seq >= message.seq) return;
    // A confirmation preview updates the prompt only; Slack's prompt came in the ack, with no ts to edit.
    if (message.updateOnly && !(state?.ref ?? message.ref)) return;
    const conversation = `slack:${message.address.extra?.team ?? ''}:${message.address.channel}`;
    const partIndex = threadPartIndex(message);
    const rendered = partIndex === undefined ? renderMessage(message.reply) : undefined;
    const content: Content | undefined =
      rendered ?? renderThread(renderMessage(message.reply).thread, message.reply.locale)[partIndex ?? 0];
    if (!content) return;
    const thread = await this.threadOf(message);
    await pacer.take(conversation);
    let ref: string | undefined;
    try {
      ref = await this.write(message, content, state?.ref ?? message.ref, thread);
    } catch (error) {
      const failure = classifySlackFailure(error);
      if (failure.kind === 'rate-limited') {
        await pacer.backOff(conversation, failure.retryAfterMs);
        throw new DeliveryRateLimitedError(failure.retryAfterMs, `Slack answered 429 for ${conversation}`);
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
          await client.chat.update({ channel, ts, text: body.text, blocks: body.blocks as never });
          return ts;
        } catch (error) {
          if (classifySlackFailure(error).kind !== 'gone') throw error;
        }
      }
      const posted = await client.chat.postMessage({
        channel,
        text: body.text,
        blocks: body.blocks as never,
        ...(thread ? { thread_ts: thread } : {}),
        unfurl_links: false,
        unfurl_media: false,
      });
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
}
