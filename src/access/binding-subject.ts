import type { AccessSubject } from '../commands/grammar/read-access-subject.ts';
import { channelOf } from '../notify/channel-of.ts';
import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';
import { principalOf } from './principal.ts';
import type { BindingSubject } from './role-bindings.ts';

/**
 * What `access grant|revoke` binds, from where the command was typed.
 *
 * Rules:
 * 1. `--channel` is the conversation the command came from.
 * 2. A full id (`slack:T…/U…`, `teams:TENANT/AAD`, `console:NAME`) is taken as it is.
 * 3. A bare id is read on the platform the command came from: `@U012AB3CD` in Slack is
 *    `slack:<this team>/U012AB3CD`, in Teams `teams:<this tenant>/<id>`, in the console `console:<id>`.
 * 4. A Slack user group is `slack:<this team>/S…`; groups exist only in Slack, so elsewhere there is
 *    no subject (undefined) and the command is answered with why.
 */
export function bindingSubjectOf(
  subject: AccessSubject,
  where: { address: ConversationAddress },
): BindingSubject | undefined {
  if ('channel' in subject) return { channel: where.address };
  if ('group' in subject) {
    const team = where.address.extra?.team;
    return where.address.platform === 'slack' && team ? { group: `slack:${team}/${subject.group}` } : undefined;
  }
  if (/^(slack|teams|console):/.test(subject.user)) return { user: subject.user };
  const user: ChatUser = { id: subject.user };
  return { user: principalOf({ address: where.address, user }) };
}

/** How a subject reads in replies and the audit: `user console:bob`, `group slack:T0/S0`, `channel slack:C042`. */
export function describeSubject(subject: BindingSubject): string {
  if ('user' in subject) return `user ${subject.user}`;
  if ('group' in subject) return `group ${subject.group}`;
  return `channel ${channelOf(subject.channel)}`;
}
