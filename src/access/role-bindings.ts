import { ROLES, type Role } from '../commands/role.ts';
import { channelOf } from '../notify/channel-of.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';

// Role bindings in Redis under the queue prefix: one hash whose fields are `user:<principal>`,
// `group:slack:<team>/<group id>` or `channel:<platform>:<channel>`, followed by ` within <ARM id>` for a scoped binding, and whose
// values are a role. Ids never hold a space, so the separator cannot be forged by a subject.

const WITHIN = ' within ';

/** What a binding is attached to: one user (by principal id), a Slack user group (`slack:TEAM/S…`) or one conversation. */
export type BindingSubject = { user: string } | { group: string } | { channel: ConversationAddress };

/** Whether the user (a principal id) belongs to the group (`slack:TEAM/S…`); see group-members.ts. */
export type MemberOf = (group: string, principal: string) => Promise<boolean>;

/** A binding that decided a role, named the way the audit and the replies show it. */
export interface Binding {
  role: Role;
  /** e.g. `user console:bob` or `channel slack:C042`. */
  via: string;
  /** The binding's `--scope`, when it has one. */
  scope?: string;
}

function subjectField(subject: BindingSubject): string {
  if ('user' in subject) return `user:${subject.user}`;
  if ('group' in subject) return `group:${subject.group}`;
  return `channel:${channelOf(subject.channel)}`;
}

function field(subject: BindingSubject, scope?: string): string {
  return scope ? `${subjectField(subject)}${WITHIN}${scope.toLowerCase()}` : subjectField(subject);
}

/**
 * Whether a cluster lies within a binding's scope: ARM ids compare without case, and only on whole
 * segments (`…/resourceGroups/dev` does not contain `…/resourceGroups/dev2/…`).
 */
function withinScope(clusterId: string, scope: string): boolean {
  const id = clusterId.toLowerCase();
  const prefix = scope.toLowerCase().replace(/\/+$/, '');
  return id === prefix || id.startsWith(`${prefix}/`);
}

function isRole(value: string | null | undefined): value is Role {
  return value !== null && value !== undefined && (ROLES as readonly string[]).includes(value);
}

export class RoleBindings {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:access:bindings`;
  }

  async grant(subject: BindingSubject, role: Role, scope?: string): Promise<void> {
    await this.redis.hset(this.key, field(subject, scope), role);
  }

  /** Removes the subject's binding with exactly this scope (none: the unscoped one). */
  /** Whether the subject holds a binding with exactly this scope (none: the unscoped one). */
  async has(subject: BindingSubject, scope?: string): Promise<boolean> {
    return (await this.redis.hexists(this.key, field(subject, scope))) === 1;
  }

  /** False when there was no such binding (nothing was removed). */
  async revoke(subject: BindingSubject, scope?: string): Promise<boolean> {
    return (await this.redis.hdel(this.key, field(subject, scope))) === 1;
  }

  /** Every binding, as `user:<principal>` / `channel:<platform>:<channel>` fields and their roles, sorted. */
  async list(): Promise<[string, Role][]> {
    const all = await this.redis.hgetall(this.key);
    return Object.entries(all)
      .filter((entry): entry is [string, Role] => isRole(entry[1]))
      .sort(([a], [b]) => a.localeCompare(b));
  }

  /**
   * The bindings of the user and the conversation that hold for `clusterId`: unscoped ones always,
   * scoped ones only when the cluster lies within their scope (a command without a cluster gets the
   * unscoped ones only). Unknown values are ignored.
   */
  async bindingsFor(principal: string, address: ConversationAddress, clusterId?: string): Promise<Binding[]> {
    return (await this.applicable(clusterId)).flatMap(({ base, role, scope }) => {
      const via =
        base === subjectField({ user: principal })
          ? `user ${principal}`
          : base === subjectField({ channel: address })
            ? `channel ${channelOf(address)}`
            : undefined;
      if (!via) return [];
      return [scope === undefined ? { role, via } : { role, via: `${via} within ${scope}`, scope }];
    });
  }

  /**
   * The group bindings that hold for `clusterId` and whose group has the user as a member. Asked
   * only when the user's own and the channel's bindings do not suffice, since each group costs a
   * membership lookup (cached by the platform, see group-members.ts).
   */
  async groupBindingsFor(principal: string, memberOf: MemberOf, clusterId?: string): Promise<Binding[]> {
    const out: Binding[] = [];
    for (const { base, role, scope } of await this.applicable(clusterId)) {
      if (!base.startsWith('group:')) continue;
      const group = base.slice('group:'.length);
      if (!(await memberOf(group, principal))) continue;
      out.push(
        scope === undefined ? { role, via: `group ${group}` } : { role, via: `group ${group} within ${scope}`, scope },
      );
    }
    return out;
  }

  /** Every binding that holds for `clusterId`: unscoped ones, and scoped ones containing the cluster. */
  private async applicable(clusterId?: string): Promise<{ base: string; role: Role; scope?: string }[]> {
    const out: { base: string; role: Role; scope?: string }[] = [];
    for (const [name, role] of Object.entries(await this.redis.hgetall(this.key))) {
      const at = name.indexOf(WITHIN);
      const base = at < 0 ? name : name.slice(0, at);
      const scope = at < 0 ? undefined : name.slice(at + WITHIN.length);
      if (!isRole(role)) continue;
      if (scope !== undefined && !(clusterId && withinScope(clusterId, scope))) continue;
      out.push({ base, role, ...(scope !== undefined ? { scope } : {}) });
    }
    return out;
  }
}
