import {
  type Activity,
  ActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  CardFactory,
  TurnContext,
} from 'botbuilder';
import type { MessageStateStore } from '../../src/notify/message-state.ts';
import { CONFIRM_DECIDED_SEQ, CONFIRM_PROMPT_SEQ } from '../../src/notify/notify-port.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import type { Reply } from '../../src/replies/reply.ts';
import type { ChatRequest } from '../../src/submit/chat-request.ts';
import { commit, type SubmitOutcome } from '../../src/submit/commit.ts';
import { previewKeyFor } from '../../src/submit/confirm-preview.ts';
import { decide } from '../../src/submit/decide.ts';
import { jobIdFor } from '../../src/submit/job-id.ts';
import { prepare } from '../../src/submit/prepare.ts';
import type { SubmitDeps } from '../../src/submit/submit-deps.ts';
import { addressOf, commandTextOf, toChatRequest, userOf } from './activity-to-request.ts';
import { type DecisionData, readCardAction } from './card-actions.ts';
import type { ConversationReferenceStore } from './conversation-references.ts';
import { withIngressLock } from './message-lock.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, renderCard } from './render-card.ts';

// The Teams turn: store the conversation reference, turn the message into a ChatRequest, call
// prepare() and commit(), and answer with a card at once ("queued", a confirmation, or an immediate answer); the
// work runs as a job and its progress updates that same card (teams-deliverer.ts). Confirm/Cancel
// clicks arrive as `adaptiveCard/action` invokes (Action.Execute) or, from older clients, as a
// message carrying `value` (the Action.Submit fallback).

export interface FluxopsBotOptions {
  deps: SubmitDeps;
  references: ConversationReferenceStore;
  states: MessageStateStore;
  redis: RedisClient;
  prefix: string;
  logger: Logger;
}

/** A "the click did not go through" answer shown only to the clicker; the card stays as it is. */
type DecisionAnswer = { kind: 'card'; reply: Reply } | { kind: 'message'; text: string };

function cardActivity(reply: Reply): Partial<Activity> {
  return { type: 'message', attachments: [CardFactory.adaptiveCard(renderCard(reply))] };
}

function messageText(reply: Reply): string {
  return reply.text ? `${reply.title}: ${reply.text}` : reply.title;
}

export class FluxopsBot extends ActivityHandler {
  constructor(private readonly options: FluxopsBotOptions) {
    super();
    this.onTurn(async (context, next) => {
      await this.rememberConversation(context.activity);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  private async rememberConversation(activity: Activity): Promise<void> {
    try {
      const uninstalled = activity.type === 'installationUpdate' && /^remove/.test(String(activity.action ?? ''));
      if (uninstalled) await this.options.references.forget(activity.conversation.id);
      else await this.options.references.remember(TurnContext.getConversationReference(activity));
    } catch (error) {
      // Replies in this turn still work; only later proactive messages would miss the fresh reference.
      this.options.logger.warn({ err: String(error) }, 'teams: could not store the conversation reference');
    }
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const action = readCardAction(activity.value);
    if (action?.fluxops === 'decision') {
      const answer = await this.decideClick(activity, action);
      if (answer.kind === 'card' && activity.replyToId) {
        await context.updateActivity({ ...cardActivity(answer.reply), id: activity.replyToId });
      } else {
        await context.sendActivity(answer.kind === 'card' ? cardActivity(answer.reply) : answer.text);
      }
      return;
    }
    // An empty message (just the @mention) gets the help text rather than a parse error.
    const text = action?.fluxops === 'command' ? action.command : commandTextOf(activity) || 'help';
    await this.runRequest(context, toChatRequest(activity, text));
  }

  /** Sends the immediate answer; for a queued job, records the card as the message its updates replace. */
  private async runRequest(context: TurnContext, request: ChatRequest): Promise<SubmitOutcome> {
    const { redis, prefix, states, deps } = this.options;
    const jobId = jobIdFor('cmd', 'teams', request.deliveryId);
    return withIngressLock(redis, prefix, jobId, async () => {
      const outcome = await commit(await prepare(request, deps), deps);
      const sent = await context.sendActivity(cardActivity(outcome.reply));
      if (outcome.status === 'queued' && !outcome.duplicate && sent?.id) {
        await states.save('teams', outcome.jobId, { ref: sent.id, seq: 0 });
      }
      // A confirmation prompt's card is where its live preview lands (the deliverer updates it in place).
      if (outcome.status === 'confirm' && outcome.previewKey && sent?.id) {
        await states.save('teams', outcome.previewKey, { ref: sent.id, seq: CONFIRM_PROMPT_SEQ });
      }
      return outcome;
    });
  }

  /**
   * Rules: 1. decide() enforces single use, the requester binding and the 10-minute expiry;
   * 2. a rejected click (someone else, already used, expired) leaves the card alone and tells only
   * the clicker; 3. otherwise the card becomes the outcome, and for a queued job it is recorded as
   * the job's message so progress replaces it in place.
   */
  private async decideClick(activity: Activity, data: DecisionData): Promise<DecisionAnswer> {
    const { redis, prefix, states, deps } = this.options;
    const jobId = jobIdFor('act', 'teams', data.token);
    return withIngressLock(redis, prefix, jobId, async () => {
      const outcome = await decide(
        { token: data.token, decision: data.decision, user: userOf(activity), address: addressOf(activity) },
        deps,
      );
      if (outcome.status === 'rejected' || outcome.status === 'unavailable') {
        return { kind: 'message', text: messageText(outcome.reply) };
      }
      if (outcome.status === 'queued' && !outcome.duplicate && activity.replyToId) {
        await states.save('teams', outcome.jobId, { ref: activity.replyToId, seq: 0 });
      }
      // The card now shows the decision; a preview still on its way must not bring the buttons back.
      if (activity.replyToId) {
        await states.save('teams', previewKeyFor('teams', data.token), {
          ref: activity.replyToId,
          seq: CONFIRM_DECIDED_SEQ,
        });
      }
      return { kind: 'card', reply: outcome.reply };
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = readCardAction(invokeValue.action.data);
    if (!action) {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { message: 'not a fluxops action' } };
    }
    if (action.fluxops === 'command') {
      // A button that runs a command posts a new card for it; the card with the button stays.
      const outcome = await this.runRequest(context, toChatRequest(context.activity, action.command));
      return message(messageText(outcome.reply));
    }
    const answer = await this.decideClick(context.activity, action);
    if (answer.kind === 'message') return message(answer.text);
    const card = renderCard(answer.reply);
    // The invoke response updates the clicker's view; updateActivity replaces the card for everyone.
    if (context.activity.replyToId) {
      await context
        .updateActivity({
          type: 'message',
          id: context.activity.replyToId,
          attachments: [CardFactory.adaptiveCard(card)],
        })
        .catch((error: unknown) =>
          this.options.logger.warn({ err: String(error) }, 'teams: could not replace the card for everyone'),
        );
    }
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card as unknown as Record<string, unknown> };
  }
}

/** Universal Actions' "message" response: a short text shown to the clicker, the card unchanged. */
function message(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: text as unknown as Record<string, unknown>,
  };
}
