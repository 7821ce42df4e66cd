import { bindingSubjectOf, describeSubject } from '../access/binding-subject.ts';
import type { ConfirmMode } from '../access/confirm-policy.ts';
import type { BindingSubject } from '../access/role-bindings.ts';
import type { Role } from '../commands/role.ts';
import type { Command } from '../commands/types.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import {
  accessChangedReply,
  accessListReply,
  confirmPolicyReply,
  groupsAreSlackOnlyReply,
  nothingRevokedReply,
  whoamiReply,
} from '../replies/access-replies.ts';
import type { Locale } from '../replies/locale/locale.ts';
import type { Reply } from '../replies/reply.ts';
import type { ChatRequest } from './chat-request.ts';
import type { SubmitDeps } from './submit-deps.ts';

/** What `commit` writes: grant a role to a subject, remove the subject's binding, or set a channel's confirm policy. */
export type AccessChange =
  | { subject: BindingSubject; role?: Role; scope?: string }
  | { confirm: ConfirmMode; address: ConversationAddress };

/**
 * The `access …` commands, read-only here like the rest of `prepare`.
 *
 * Rules:
 * 1. `whoami` answers with the caller's id and the role held here (it needs no role).
 * 2. `list` answers with the admins and every binding.
 * 3. `grant`, `revoke` and `policy` answer with what will hold, and hand `commit` the change to write;
 *    a `revoke` of a binding that does not exist (with exactly that scope) says so and changes nothing.
 * 4. Without an access policy (tests of other rules) these commands are not answered here.
 */
export async function answerAccess(
  command: Command,
  request: ChatRequest,
  deps: SubmitDeps,
  locale: Locale = 'en',
): Promise<{ reply: Reply; change?: AccessChange } | undefined> {
  const access = deps.access;
  if (!access) return undefined;
  if (command.kind === 'access.whoami') {
    const decision = await access.decide(request, 'viewer');
    const held = decision.allowed ? decision : { role: decision.held, via: decision.via };
    return { reply: whoamiReply(decision.principal, held.role, held.via, locale) };
  }
  if (command.kind === 'access.list')
    return { reply: accessListReply(access.admins, await access.store.list(), locale) };
  if (command.kind === 'access.grant' || command.kind === 'access.revoke') {
    const subject = bindingSubjectOf(command.subject, request);
    if (!subject) return { reply: groupsAreSlackOnlyReply(command.display, locale) };
    const role = command.kind === 'access.grant' ? command.role : undefined;
    const scope = command.scope;
    const described = scope ? `${describeSubject(subject)} within ${scope}` : describeSubject(subject);
    if (!role && !(await access.store.has(subject, scope))) return { reply: nothingRevokedReply(described, locale) };
    const reply = accessChangedReply(role ? 'granted' : 'revoked', described, role, locale);
    return { reply, change: { subject, role, ...(scope ? { scope } : {}) } };
  }
  if (command.kind === 'access.policy') {
    const change = { confirm: command.confirm, address: request.address };
    return { reply: confirmPolicyReply(command.confirm, locale), change };
  }
  return undefined;
}

/** Writes an `AccessChange` (commit's half of rule 3). */
export async function applyAccessChange(change: AccessChange, deps: SubmitDeps): Promise<void> {
  if ('confirm' in change) {
    await deps.confirmPolicy?.set(change.address, change.confirm);
    return;
  }
  if (!deps.access) return;
  if (change.role) await deps.access.store.grant(change.subject, change.role, change.scope);
  else await deps.access.store.revoke(change.subject, change.scope);
}
