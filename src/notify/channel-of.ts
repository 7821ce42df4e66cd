import type { ConversationAddress } from './conversation.ts';

/**
 * The channel a conversation belongs to, as `<platform>:<channel>`. A Teams channel thread's
 * conversation id is the channel's plus `;messageid=<root post>`; what belongs to a channel (its
 * cluster and language, role bindings, the confirmation policy) is the same in every thread of it.
 */
export function channelOf(address: ConversationAddress): string {
  return `${address.platform}:${channelIdOf(address.channel)}`;
}

/** A conversation id without the `;messageid=…` of a Teams channel thread. */
export function channelIdOf(conversationId: string): string {
  return conversationId.split(';messageid=')[0] ?? conversationId;
}
