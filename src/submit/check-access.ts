import type { AuditEvent } from '../access/audit-log.ts';
import { clusterResourceId } from '../azure/cluster-resource-id.ts';
import { requiredRole } from '../commands/kinds/index.ts';
import type { Command } from '../commands/types.ts';
import { accessDeniedReply } from '../replies/access-replies.ts';
import type { Locale } from '../replies/locale/locale.ts';
import type { Reply } from '../replies/reply.ts';
import type { ChatRequest } from './chat-request.ts';
import type { SubmitDeps } from './submit-deps.ts';

/** A refused command: the reply, and the audit entry `commit` writes for it. */
interface Refusal {
  reply: Reply;
  note: { event: AuditEvent; display: string; status: string; access: string };
}

/**
 * `prepare`'s rule 2: the access decision for one command.
 *
 * Rules:
 * 1. `help` and `access whoami` need no role; without an access policy nothing is checked.
 * 2. Allowed: the role and binding that allowed it, for the audit (`operator via user console:bob`);
 *    bindings with a `--scope` count only when the command's cluster (its ARM id) lies within it, and
 *    a command such a binding allowed reaches the cluster's API by exact routes only (`scoped`).
 * 3. Refused: the reply naming the role needed and who can grant it, and a `denied` audit entry.
 * 4. Redis not answering: `unavailable`, so the command is neither run nor refused for good.
 */
export async function checkAccess(
  command: Command,
  request: Pick<ChatRequest, 'address' | 'user'>,
  deps: SubmitDeps,
  locale: Locale = 'en',
): Promise<{ refusal?: Refusal | 'unavailable'; access?: string; scoped?: true }> {
  if (command.kind === 'help' || command.kind === 'access.whoami' || !deps.access) return {};
  const needed = requiredRole(command);
  const cluster = command.kind === 'use' ? command.context : command.target;
  const clusterId = cluster && clusterResourceId(cluster, deps.defaultSubscriptionId ?? deps.armSubscriptionId ?? '');
  const decision = await deps.access.decide(request, needed, clusterId).catch(() => undefined);
  if (!decision) return { refusal: 'unavailable' };
  if (decision.allowed)
    return { access: `${decision.role} via ${decision.via}`, ...(decision.scoped ? { scoped: true } : {}) };
  const held = decision.held ? `held ${decision.held} via ${decision.via}` : 'held no role';
  return {
    refusal: {
      reply: accessDeniedReply({ display: command.display, ...decision }, locale),
      note: { event: 'denied', display: command.display, status: `needs ${needed}`, access: held },
    },
  };
}
