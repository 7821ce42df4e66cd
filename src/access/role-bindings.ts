import type { Redis } from 'ioredis';
import { ROLES, type Role } from '../commands/role.ts';
import type { ConversationAddress } from '../notify/conversation.ts';

// Role bindings in Redis under the queue prefix: one hash whose fields are `user:<principal>` or
// `channel:<platform>:<channel>`, followed by ` within <ARM id>` for a scoped binding, and whose
// values are a role. Ids never hold a space, so the separator cannot be forged by a subject.

const WITHIN = ' within ';

/** What a binding is attached to: one user (by principal id) or one conversation. */
export type BindingSubject = { user: string } | { channel: ConversationAddress };

/** A binding that decided a role, named the way the audit and the replies show it. */
export interface Binding {
  role: Role;
  /** e.g. `user console:bob` or `channel slack:C042`. */
  via: string;
}

function subjectField(subject: BindingSubject): string {
  return 'user' in subject ? `user:${subject.user}` : `channel:${subject.channel.platform}:${subject.channel.channel}`;
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
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:access:bindings`;
  }

  async grant(subject: BindingSubject, role: Role, scope?: string): Promise<void> {
    await this.redis.hset(this.key, field(subject, scope), role);
  }

  /** Removes the subject's binding with exactly this scope (none: the unscoped one). */
  async revoke(subject: BindingSubject, scope?: string): Promise<void> {
    await this.redis.hdel(this.key, field(subject, scope));
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
    const subjects = new Map([
      [subjectField({ user: principal }), `user ${principal}`],
      [subjectField({ channel: address }), `channel ${address.platform}:${address.channel}`],
    ]);
    const out: Binding[] = [];
    for (const [name, role] of Object.entries(await this.redis.hgetall(this.key))) {
      const at = name.indexOf(WITHIN);
      const base = at < 0 ? name : name.slice(0, at);
      const scope = at < 0 ? undefined : name.slice(at + WITHIN.length);
      const via = subjects.get(base);
      if (!via || !isRole(role)) continue;
      if (scope !== undefined && !(clusterId && withinScope(clusterId, scope))) continue;
      out.push({ role, via: scope === undefined ? via : `${via} within ${scope}` });
    }
    return out;
  }
}
