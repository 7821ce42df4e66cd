import type { TakeResult } from '../access/confirmations.ts';
import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';
import { resolveLocale } from '../replies/locale/locale.ts';
import {
  cancelledReply,
  confirmationExpiredReply,
  notRequesterReply,
  otherConversationReply,
  queueUnavailableReply,
} from '../replies/submit-replies.ts';
import { checkAccess } from './check-access.ts';
import { audit, enqueue, type SubmitOutcome } from './commit.ts';
import { jobIdFor } from './job-id.ts';
import type { CommandJobData } from './queue-port.ts';
import type { SubmitDeps } from './submit-deps.ts';
import { userLabel } from './user-label.ts';

export interface Decision {
  token: string;
  decision: 'confirm' | 'cancel';
  user: ChatUser;
  address: ConversationAddress;
  /** The clicker's locale tag when the platform tells it; the prompt's language otherwise. */
  locale?: string;
}

/**
 * A Confirm or Cancel click. Runs the pending command at most once, only for its requester, and only
 * while the requester still holds the role the command needs (checked again at the click).
 */
export async function decide(input: Decision, deps: SubmitDeps): Promise<SubmitOutcome> {
  let taken: TakeResult;
  try {
    taken = await deps.confirmations.take(input.token, input.user.id, input.address);
  } catch {
    return { status: 'unavailable', reply: queueUnavailableReply(undefined, resolveLocale(input.locale)) };
  }
  const clicker = resolveLocale(input.locale);
  if (taken.outcome === 'expired') return { status: 'rejected', reply: confirmationExpiredReply(clicker) };
  if (taken.outcome === 'not-requester') {
    return { status: 'rejected', reply: notRequesterReply(taken.requesterId, clicker) };
  }
  if (taken.outcome === 'other-conversation') return { status: 'rejected', reply: otherConversationReply(clicker) };
  // The requester clicked: the prompt's language, which was theirs.
  const locale = resolveLocale(input.locale, resolveLocale(taken.data.locale));
  if (input.decision === 'cancel') {
    await audit(deps, input, { event: 'cancelled', display: taken.data.display });
    return { status: 'replied', reply: cancelledReply(taken.data.display, userLabel(input.user), locale) };
  }
  // The role is checked again at the click: a binding revoked while the prompt waited stops the command.
  const checked = await checkAccess(taken.data.command, input, deps, locale);
  if (checked.refusal === 'unavailable') {
    return { status: 'unavailable', reply: queueUnavailableReply(taken.data.display, locale) };
  }
  if (checked.refusal) {
    await audit(deps, input, { ...checked.refusal.note, display: taken.data.display });
    return { status: 'rejected', reply: checked.refusal.reply };
  }
  const { scopedAccess: _asked, ...asked } = taken.data;
  const data: CommandJobData = {
    ...asked,
    ...(checked.access ? { access: checked.access } : {}),
    ...(checked.scoped ? { scopedAccess: true } : {}),
    // The token is single use, so deriving the id from it makes a replayed click a duplicate add.
    jobId: jobIdFor('act', input.address.platform, input.token),
    confirmedBy: userLabel(input.user),
  };
  return enqueue(data, deps);
}
