import type { ChatUser } from '../notify/conversation.ts';

/** How replies and the audit name a user: the display name when the platform gave one, else the id. */
export function userLabel(user: ChatUser): string {
  return user.name ?? user.id;
}
