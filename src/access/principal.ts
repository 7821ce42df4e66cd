import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';

/**
 * The id a user is known by in `FLUXOPS_ADMINS` and in role bindings.
 *
 * Rules:
 * 1. Slack: `slack:TEAM/USER` (the team from the address, since user ids are per workspace).
 * 2. Teams: `teams:TENANT/AADOBJECTID` (the adapter puts the AAD object id in `user.id` when Teams sends one).
 * 3. Console: `console:NAME`.
 * 4. A missing team or tenant reads `-`, which no configured id matches.
 */
export function principalOf(who: { address: ConversationAddress; user: ChatUser }): string {
  const { platform, extra } = who.address;
  if (platform === 'slack') return `slack:${extra?.team ?? '-'}/${who.user.id}`;
  if (platform === 'teams') return `teams:${extra?.tenantId ?? '-'}/${who.user.id}`;
  return `console:${who.user.id}`;
}
