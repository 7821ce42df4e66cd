import { type Role, roleCovers } from '../commands/role.ts';
import type { ChatUser, ConversationAddress } from '../notify/conversation.ts';
import { principalOf } from './principal.ts';
import type { Binding, MemberOf, RoleBindings } from './role-bindings.ts';

/** What decided a command: the role held and the binding it came from, or why it was refused. */
export type AccessDecision =
  | {
      allowed: true;
      principal: string;
      role: Role;
      via: string;
      /** Set when a binding limited by `--scope` allowed it: the cluster must then be reached exactly (see ClusterPort). */
      scoped?: true;
    }
  | {
      allowed: false;
      principal: string;
      needed: Role;
      /** The highest role held, when any binding gave one. */
      held?: Role;
      via?: string;
      /** FLUXOPS_ADMINS: who can grant the role (empty: nobody is configured yet). */
      admins: readonly string[];
    };

export interface AccessSettings {
  /** FLUXOPS_ADMINS, as `slack:TEAM/USER`, `teams:TENANT/AADOBJECTID`, `console:NAME`. */
  admins: readonly string[];
  /** False only in sandbox mode without FLUXOPS_ADMINS: every user is an admin. */
  enforce: boolean;
}

/**
 * Who may run what.
 *
 * Rules:
 * 1. With access control off (sandbox without FLUXOPS_ADMINS) every user is an admin.
 * 2. A user listed in FLUXOPS_ADMINS is an admin everywhere.
 * 3. Otherwise the highest role among the user's, their Slack user groups' and the conversation's
 *    bindings decides — unscoped
 *    ones, and scoped ones whose scope contains the command's cluster (`clusterId`, its ARM id).
 * 4. Without any admin configured nobody else holds a role, so only `help` answers (it needs none).
 *
 * A decision's `via` (`access control off`, `FLUXOPS_ADMINS`, `user …`, `channel …`, `group …`, `… within
 * <scope>`) is stored in the audit trail as it is: keep these forms stable English. Replies write them in
 * the reader's language (`accessViaText`, src/replies/access-via-text.ts).
 */
export class AccessPolicy {
  constructor(
    private readonly settings: AccessSettings,
    private readonly bindings: RoleBindings,
    /** Slack user group membership (group bindings); absent, group bindings never apply. */
    private readonly memberOf?: MemberOf,
  ) {}

  get enforcing(): boolean {
    return this.settings.enforce;
  }

  get admins(): readonly string[] {
    return this.settings.admins;
  }

  /** The store the `access grant|revoke|list` commands read and write. */
  get store(): RoleBindings {
    return this.bindings;
  }

  async decide(
    who: { address: ConversationAddress; user: ChatUser },
    needed: Role,
    clusterId?: string,
  ): Promise<AccessDecision> {
    const principal = principalOf(who);
    if (!this.settings.enforce) return { allowed: true, principal, role: 'admin', via: 'access control off' };
    const admins = this.settings.admins;
    if (admins.includes(principal)) return { allowed: true, principal, role: 'admin', via: 'FLUXOPS_ADMINS' };
    // The highest role; of equal ones an unscoped binding, which reaches clusters by any route.
    const better = (b: Binding, best: Binding) =>
      roleCovers(b.role, best.role) && (!roleCovers(best.role, b.role) || (best.scope !== undefined && !b.scope));
    const highest = (bindings: Binding[], start?: Binding) =>
      bindings.reduce<Binding | undefined>((best, b) => (!best || better(b, best) ? b : best), start);
    let held =
      admins.length === 0 ? undefined : highest(await this.bindings.bindingsFor(principal, who.address, clusterId));
    // Groups only when the user's own and the channel's bindings do not suffice: each costs a lookup.
    if (admins.length > 0 && this.memberOf && !(held && roleCovers(held.role, needed)))
      held = highest(await this.bindings.groupBindingsFor(principal, this.memberOf, clusterId), held);
    if (held && roleCovers(held.role, needed))
      return { allowed: true, principal, role: held.role, via: held.via, ...(held.scope ? { scoped: true } : {}) };
    return { allowed: false, principal, needed, held: held?.role, via: held?.via, admins };
  }
}
