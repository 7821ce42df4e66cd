import type { ConversationAddress } from '../../src/notify/conversation.ts';

/**
 * Slack conversation addresses: the channel id, the team id in `extra.team` (channel ids are only
 * unique within a workspace or grid), and the parent message's ts in `thread` when there is one.
 */
export function slackAddress(team: string, channel: string, thread?: string): ConversationAddress {
  const address: ConversationAddress = { platform: 'slack', channel, extra: { team } };
  if (thread) address.thread = thread;
  return address;
}

/**
 * Delivery ids, one per user intent, so a redelivery maps to the same job id:
 * commands by team + trigger_id (Slack reuses it on a retry), buttons by team + message + button +
 * user (a double click is the same intent).
 */
export function commandDeliveryId(team: string, triggerId: string): string {
  return `${team}:${triggerId}`;
}

export function buttonDeliveryId(team: string, messageTs: string, actionId: string, user: string): string {
  return `${team}:${messageTs}:${actionId}:${user}`;
}
