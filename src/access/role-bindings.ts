import { ROLES, type Role } from '../commands/role.ts';
import type { ConversationAddress } from '../notify/conversation.ts';
import type { RedisClient } from '../platform/redis-client.ts';

// Role bindings in Redis under the queue prefix: one hash whose fields are `user:<principal>` or
// `channel:<platform>:<channel>` and whose values are a role.

/** What a binding is attached to: one user (by principal id) or one conversation. */
export type BindingSubject = { user: string } | { channel: ConversationAddress };

/** A binding that decided a role, named the way the audit and the replies show it. */
export interface Binding {
  role: Role;
  /** e.g. `user console:bob` or `channel slack:C042`. */
  via: string;
}

function field(subject: BindingSubject): string {
  return 'user' in subject ? `user:${subject.user}` : `channel:${subject.channel.platform}:${subject.channel.channel}`;
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

  async grant(subject: BindingSubject, role: Role): Promise<void> {
    await this.redis.hset(this.key, field(subject), role);
  }

  async revoke(subject: BindingSubject): Promise<void> {
    await this.redis.hdel(this.key, field(subject));
  }

  /** Every binding, as `user:<principal>` / `channel:<platform>:<channel>` fields and their roles, sorted. */
  async list(): Promise<[string, Role][]> {
    const all = await this.redis.hgetall(this.key);
    return Object.entries(all)
      .filter((entry): entry is [string, Role] => isRole(entry[1]))
      .sort(([a], [b]) => a.localeCompare(b));
  }

  /** The user's and the conversation's bindings, in that order; unknown values are ignored. */
  async bindingsFor(principal: string, address: ConversationAddress): Promise<Binding[]> {
    const userField = field({ user: principal });
    const channelField = field({ channel: address });
    const [userRole, channelRole] = await this.redis.hmget(this.key, userField, channelField);
    const out: Binding[] = [];
    if (isRole(userRole)) out.push({ role: userRole, via: `user ${principal}` });
    if (isRole(channelRole)) out.push({ role: channelRole, via: `channel ${address.platform}:${address.channel}` });
    return out;
  }
}
