import {
  type Activity,
  type Attachment,
  CardFactory,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { ChannelPacer } from '../../src/notify/channel-pacer.ts';
import { type Deliverer, DeliveryRateLimitedError } from '../../src/notify/deliverer.ts';
import { withKeyLock } from '../../src/notify/key-lock.ts';
import type { MessageStateStore } from '../../src/notify/message-state.ts';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import { isFinal } from '../../src/replies/reply.ts';
import { referenceFromAddress } from './activity-to-request.ts';
import type { ConversationReferenceStore } from './conversation-references.ts';
import { classifyDeliveryFailure, isPayloadTooLarge } from './delivery-errors.ts';
import { FIT_ATTEMPTS, fitCard } from './fit-card.ts';
import { messageLockKey } from './message-lock.ts';
import { chunkDetail, splitDetail } from './split-detail.ts';

// The outbound side of Teams: posts a job's card the first time its key is seen and updates it in
// place (updateActivity) after, through continueConversationAsync with the stored reference — so
// any worker, also after a restart, reaches the conversation. Long output follows as numbered
// messages. Every send takes one unit of the conversation's budgets (Teams: 7/1 s, 8/2 s, 60/30 s,
// 1,800/h per conversation, and the bot's ceiling over all of them), settled when the connector
// answered; over budget the notify job is re-queued, never dropped.

export interface TeamsDelivererOptions {
  adapter: CloudAdapter;
  /** Empty when auth is off (sandbox); botbuilder then builds an anonymous identity. */
  appId: string;
  references: ConversationReferenceStore;
  states: MessageStateStore;
  pacer: ChannelPacer;
  /** The serviceUrl allow-list (service-url-allow-list.ts): a reference pointing elsewhere is never sent to. */
  allowsServiceUrl(serviceUrl: string | undefined): boolean;
  redis: RedisClient;
  prefix: string;
  logger: Logger;
}

/**
 * Channel conversations say so in `conversationType`; a reference rebuilt from an address has none,
 * so the id decides then (channels are `19:…@thread.tacv2` or `@thread.skype`; group chats `@thread.v2`).
 */
function isChannel(conversation: Partial<ConversationReference>['conversation'] & {}): boolean {
  return conversation.conversationType === 'channel' || /@thread\.(tacv2|skype)/.test(conversation.id);
}

/** A 1:1 chat of the bot and one user (`personal`; its ids start `a:`). */
function isPersonal(conversation: Partial<ConversationReference>['conversation']): boolean {
  return conversation?.conversationType === 'personal' || /^a:/.test(conversation?.id ?? '');
}

/** The token audience of the Bot Framework connector (botframework-connector's ToChannelFromBotOAuthScope). */
const CONNECTOR_AUDIENCE = 'https://api.botframework.com';
/**
 * A new top-level post in a channel: the conversation is the channel itself (no `;messageid=`), as
 * for alerts; a command's reply already lives in the thread its message started.
 */
function startsThread(reference: Partial<ConversationReference>): boolean {
  const conversation = reference.conversation;
  return conversation !== undefined && isChannel(conversation) && !conversation.id.includes(';messageid=');
}

/** A channel thread's conversation id is `<channel>;messageid=<root post's id>`: that root id. */
function threadRootOf(conversationId: string): string | undefined {
  return conversationId.split(';messageid=')[1] || undefined;
}

/** The conversation of the thread under `rootId` in the channel of `reference`. */
function inThread(reference: Partial<ConversationReference>, rootId: string): Partial<ConversationReference> {
  const conversation = reference.conversation!;
  const channelId = conversation.id.split(';messageid=')[0];
  return { ...reference, conversation: { ...conversation, id: `${channelId};messageid=${rootId}` } };
}

export class TeamsDeliverer implements Deliverer {
  readonly platform = 'teams' as const;
  readonly coalescesUpdates = true;

  constructor(private readonly options: TeamsDelivererOptions) {}

  /** Which fitting attempt (fit-card.ts) the card of `key` went out with. */
  private fitKey(key: string): string {
    return `${this.options.prefix}:teams:fit:${key}`;
  }

  private followUpKey(key: string): string {
    return `${this.options.prefix}:teams:followups:${key}`;
  }

  /**
   * Runs `logic` in a proactive turn of the conversation. Rules: 1. the adapter hands errors of a
   * proactive turn to its onTurnError, which swallows them; the error is carried out here instead,
   * so the notify queue sees the failure and retries; 2. botbuilder's continuation activity carries
   * a random id, which sendActivity would make the `replyToId` of everything sent (a reply to a
   * message that never existed): the turn's id is set to the real message replied to — a channel
   * thread's root post — or to none.
   */
  private async send(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) {
    let failure: { error: unknown } | undefined;
    await this.options.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
      const replyTo = threadRootOf(reference.conversation?.id ?? '');
      if (replyTo) context.activity.id = replyTo;
      else delete context.activity.id;
      try {
        await logic(context);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  }

  async deliver(message: NotifyMessage): Promise<void> {
    const { references, logger } = this.options;
    const conversation = message.address.channel;
    const reference = (await references.get(conversation)) ?? referenceFromAddress(message.address);
    if (!reference) {
      logger.warn({ key: message.key, conversation }, 'teams: no conversation reference; message dropped');
      return;
    }
    if (!this.options.allowsServiceUrl(reference.serviceUrl)) {
      logger.warn({ key: message.key, conversation }, 'teams: serviceUrl not allowed; message dropped');
      return;
    }
    try {
      await withKeyLock(this.options.redis, messageLockKey(this.options.prefix, message.key), () =>
        message.privateTo && !isPersonal(reference.conversation)
          ? this.deliverPrivately(message, message.privateTo.id, reference)
          : this.deliverLocked(message, reference),
      );
    } catch (error) {
      if (error instanceof DeliveryRateLimitedError) throw error;
      const failure = classifyDeliveryFailure(error);
      if (failure.action === 'drop') {
        logger.warn({ key: message.key, status: failure.statusCode }, 'teams: connector refused the message; dropped');
        return;
      }
      if (failure.throttledForMs !== undefined) {
        await this.options.pacer.backOff(conversation, failure.throttledForMs).catch(() => {});
      }
      // Thrown on: the notify queue retries with exponential backoff and jitter.
      throw error;
    }
  }

  /**
   * Rules: 1. an update older than the one shown is dropped; 2. the card is posted once and then
   * updated in place; in a channel a new card starts a thread (createConversation) and its
   * follow-ups are replies in that thread; 3. its state is saved right after each send so a retry
   * never posts twice; 4. follow-ups are counted in Redis, so a retry resumes after the last one
   * that went out.
   */
  private async deliverLocked(message: NotifyMessage, channelReference: Partial<ConversationReference>): Promise<void> {
    const { states, pacer } = this.options;
    const conversation = message.address.channel;
    const current = await states.get('teams', message.key);
    if (current && current.seq > message.seq) return;
    // A confirmation preview only replaces the prompt's card; without one recorded it is not posted anew.
    if (message.updateOnly && !(current?.ref ?? message.ref)) return;
    const reference = await this.threadReference(message, channelReference);
    let ref = current?.ref ?? message.ref;
    if (!current || current.seq < message.seq) {
      const receipt = await pacer.take(conversation);
      try {
        ref = await this.sendCard(message, reference, ref);
      } finally {
        await pacer.settle(receipt).catch(() => {});
      }
      await states.save('teams', message.key, { ref, seq: message.seq });
    }
    // A card that started a channel thread keeps its follow-ups in that thread, not the channel.
    const followUps = ref && startsThread(reference) ? inThread(reference, ref) : reference;
    if (isFinal(message.reply.status)) await this.sendFollowUps(message, followUps);
  }

  /**
   * A message for one user alone, asked from a channel or group chat: a 1:1 chat of the bot with that
   * user (created, or found again — Teams answers the existing one), its card and its long output
   * there, never in the conversation it was asked in. Sent once: the state saved under its key keeps
   * a retried delivery from posting it twice.
   */
  private async deliverPrivately(
    message: NotifyMessage,
    userId: string,
    channelReference: Partial<ConversationReference>,
  ): Promise<void> {
    const { adapter, appId, states } = this.options;
    if ((await states.get('teams', message.key))?.ref) return;
    const tenantId = message.address.extra?.tenantId ?? channelReference.conversation?.tenantId;
    const parameters = {
      isGroup: false,
      bot: channelReference.bot,
      members: [{ id: userId, name: '' }],
      tenantId,
      channelData: tenantId ? { tenant: { id: tenantId } } : undefined,
    } as ConversationParameters;
    // The smaller budget at once: there is no retry loop here, and the overflow follows as text.
    const fitted = fitCard(message.reply, 1);
    const followUps = [
      ...fitted.overflow.flatMap(chunkDetail),
      ...(message.reply.detail ? splitDetail(message.reply.detail) : []),
    ];
    let failure: { error: unknown } | undefined;
    let ref: string | undefined;
    await adapter.createConversationAsync(
      appId,
      channelReference.channelId ?? 'msteams',
      channelReference.serviceUrl ?? '',
      CONNECTOR_AUDIENCE,
      parameters,
      async (context) => {
        try {
          ref = (await context.sendActivity({ type: 'message', attachments: [CardFactory.adaptiveCard(fitted.card)] }))
            ?.id;
          for (const text of followUps) await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
        } catch (error) {
          failure = { error };
        }
      },
    );
    if (failure) throw failure.error;
    await states.save('teams', message.key, { ref: ref ?? 'sent', seq: message.seq });
  }

  /**
   * Posts or updates the card, fitted to the size budget (fit-card.ts). Rules: 1. a 413 re-renders
   * smaller and retries once, then sends the short "too large" card; 2. the attempt that went out
   * is kept in Redis so the follow-ups carry exactly what that card left out; 3. any other refusal
   * is thrown to the retry and drop rules of deliver().
   */
  private async sendCard(
    message: NotifyMessage,
    reference: Partial<ConversationReference>,
    existing: string | undefined,
  ): Promise<string | undefined> {
    let ref = existing;
    for (let attempt = 0; ; attempt += 1) {
      const attachment = CardFactory.adaptiveCard(fitCard(message.reply, attempt).card);
      try {
        if (!ref && startsThread(reference)) {
          ref = await this.startThread(reference, attachment);
        } else {
          await this.send(reference, async (context) => {
            if (ref) {
              await context.updateActivity({
                type: 'message',
                id: ref,
                attachments: [attachment],
              } as Partial<Activity>);
            } else {
              ref = (await context.sendActivity({ type: 'message', attachments: [attachment] }))?.id;
            }
          });
        }
        await this.options.redis.set(this.fitKey(message.key), String(attempt), 'EX', 7 * 24 * 3600);
        return ref;
      } catch (error) {
        if (!isPayloadTooLarge(error) || attempt + 1 >= FIT_ATTEMPTS) throw error;
        this.options.logger.warn(
          { key: message.key, attempt },
          'teams: card too large for the connector; re-rendering smaller',
        );
      }
    }
  }

  /**
   * A new post in a Teams channel starts a thread of its own: createConversation with the channel's
   * conversation parameters and the card as its first activity. The connector answers with the new
   * thread's conversation id, `<channel>;messageid=<post id>`; that post id is the card's ref, what
   * its updates and its thread's replies name.
   */
  private async startThread(reference: Partial<ConversationReference>, attachment: Attachment): Promise<string> {
    const conversation = reference.conversation!;
    const tenantId = conversation.tenantId;
    let created = '';
    await this.options.adapter.createConversationAsync(
      this.options.appId,
      reference.channelId ?? 'msteams',
      reference.serviceUrl ?? '',
      // No audience of our own: botbuilder then uses the configured cloud's connector scope.
      undefined as unknown as string,
      {
        isGroup: true,
        bot: reference.bot ?? { id: this.options.appId, name: '' },
        tenantId,
        channelData: { channel: { id: conversation.id }, ...(tenantId ? { tenant: { id: tenantId } } : {}) },
        activity: { type: 'message', attachments: [attachment] } as Activity,
      },
      async (context) => {
        created = context.activity.conversation?.id ?? '';
      },
    );
    const postId = threadRootOf(created);
    if (!postId) throw new Error(`teams: createConversation answered no thread id (${created || 'none'})`);
    return postId;
  }

  /**
   * Where a `threadOf` message goes. In a Teams channel a reply to a post is a send to the
   * conversation `<channel id>;messageid=<post's activity id>`; the post's id is the ref its
   * deliverer saved, and until it has one the reply waits (never posted at top level). Personal and
   * group chats have no threads: the message is posted normally.
   */
  private async threadReference(
    message: NotifyMessage,
    reference: Partial<ConversationReference>,
  ): Promise<Partial<ConversationReference>> {
    const conversation = reference.conversation;
    if (!message.threadOf || !conversation || !isChannel(conversation)) return reference;
    const parent = await this.options.states.get('teams', message.threadOf);
    if (!parent?.ref) throw new DeliveryRateLimitedError(500, `thread parent ${message.threadOf} not posted yet`);
    return inThread(reference, parent.ref);
  }

  private async sendFollowUps(message: NotifyMessage, reference: Partial<ConversationReference>): Promise<void> {
    const { redis, pacer } = this.options;
    const attempt = Number((await redis.get(this.fitKey(message.key))) ?? 0);
    const { detail } = message.reply;
    const chunks = [
      ...fitCard(message.reply, attempt).overflow.flatMap(chunkDetail),
      ...(detail ? splitDetail(detail) : []),
    ];
    if (chunks.length === 0) return;
    const counter = this.followUpKey(message.key);
    let sent = Number((await redis.get(counter)) ?? 0);
    while (sent < chunks.length) {
      const receipt = await pacer.take(message.address.channel);
      const text = chunks[sent]!;
      try {
        await this.send(reference, async (context) => {
          await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
        });
      } finally {
        await pacer.settle(receipt).catch(() => {});
      }
      sent += 1;
      await redis.set(counter, String(sent), 'EX', 7 * 24 * 3600);
    }
  }
}
