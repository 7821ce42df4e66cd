/** The chat platforms fluxops speaks to. */
export type Platform = 'slack' | 'teams' | 'console';

/**
 * Where replies go. `channel` identifies the conversation (Slack channel id, Teams conversation id,
 * console session); `thread` the thread inside it when there is one. `extra` carries what an adapter
 * needs to reach it again (e.g. Slack team id) — plain strings only, it is stored in Redis.
 */
export interface ConversationAddress {
  platform: Platform;
  channel: string;
  thread?: string;
  extra?: Record<string, string>;
}

export interface ChatUser {
  id: string;
  name?: string;
}
