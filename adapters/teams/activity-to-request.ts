import { type Activity, type ConversationReference, TurnContext } from 'botbuilder';
import type { ChatUser, ConversationAddress } from '../../src/notify/conversation.ts';
import type { ChatRequest } from '../../src/submit/chat-request.ts';

// Turns a Teams activity into fluxops' platform-neutral pieces. The full ConversationReference is
// kept in Redis (conversation-references.ts); `extra` repeats the few strings needed to rebuild a
// minimal one, so a reply still finds its way if that key was lost.

export function addressOf(activity: Activity): ConversationAddress {
  const extra: Record<string, string> = { serviceUrl: activity.serviceUrl, channelId: activity.channelId };
  const tenantId = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id;
  if (tenantId) extra.tenantId = String(tenantId);
  if (activity.recipient?.id) extra.botId = activity.recipient.id;
  if (activity.recipient?.name) extra.botName = activity.recipient.name;
  // Kept so a rebuilt reference still knows a channel (whose new posts start threads) by what Teams
  // said, not by the shape of its id alone.
  if (activity.conversation?.conversationType) extra.conversationType = activity.conversation.conversationType;
  return { platform: 'teams', channel: activity.conversation.id, extra };
}

/** The Entra object id is stable across chats and devices; `from.id` is the fallback (Playground, Emulator). */
export function userOf(activity: Activity): ChatUser {
  const from = activity.from ?? { id: 'unknown' };
  return { id: from.aadObjectId ?? from.id, name: from.name || undefined };
}

/** The reference `extra` can rebuild when Redis has none (see teams-deliverer.ts). */
export function referenceFromAddress(address: ConversationAddress): Partial<ConversationReference> | undefined {
  const extra = address.extra ?? {};
  if (!extra.serviceUrl) return undefined;
  return {
    channelId: extra.channelId ?? 'msteams',
    serviceUrl: extra.serviceUrl,
    conversation: {
      id: address.channel,
      tenantId: extra.tenantId,
      isGroup: extra.conversationType === 'channel' || extra.conversationType === 'groupChat',
      conversationType: extra.conversationType ?? '',
      name: '',
    },
    bot: extra.botId ? { id: extra.botId, name: extra.botName ?? '' } : undefined,
  };
}

/**
 * Rules: 1. the bot's own @mention is removed (Teams puts `<at>Name</at>` in channel and group
 * messages; removeRecipientMention mutates the activity, so it runs on a copy); 2. the rest is
 * trimmed; markup and entities are left for the command parser's own chat-text normalisation.
 */
export function commandTextOf(activity: Activity): string {
  const copy = { ...activity, text: activity.text ?? '' } as Activity;
  return (TurnContext.removeRecipientMention(copy) ?? copy.text ?? '').trim();
}

export function toChatRequest(activity: Activity, text: string): ChatRequest {
  return {
    deliveryId: activity.id ?? `${activity.conversation.id}|${activity.timestamp ?? Date.now()}`,
    address: addressOf(activity),
    user: userOf(activity),
    text,
    locale: activity.locale || undefined,
    receivedAt: new Date().toISOString(),
  };
}
