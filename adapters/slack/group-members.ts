import type { WebClient } from '@slack/web-api';
import type { MemberOf } from '../../src/access/role-bindings.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import { within } from './within.ts';

const GROUP = /^slack:([^/]+)\/(S[A-Z0-9]+)$/;
const PRINCIPAL = /^slack:([^/]+)\/([A-Z0-9]+)$/;

/**
 * Slack user group membership for group role bindings (usergroups.users.list, scope
 * `usergroups:read`). It sits on the ack path, so:
 * 1. members are cached in Redis for a short TTL (60 s): a change in Slack takes effect within it;
 * 2. a lookup waits at most `waitMs`; a late answer still fills the cache;
 * 3. a user of another team, a Slack error or no answer in time counts as "not a member": a group
 *    binding never grants a role it cannot confirm (the refusal names the role, so asking again works).
 */
export class SlackGroupMembers {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly client: WebClient,
    private readonly logger: Logger,
    private readonly ttlSeconds = 60,
    private readonly waitMs = 1_000,
  ) {}

  readonly memberOf: MemberOf = async (group, principal) => {
    const g = GROUP.exec(group);
    const p = PRINCIPAL.exec(principal);
    if (!g || !p || g[1] !== p[1]) return false;
    return (await this.members(g[1]!, g[2]!)).includes(p[2]!);
  };

  private async members(team: string, id: string): Promise<string[]> {
    const key = `${this.prefix}:slack:usergroup:${team}:${id}`;
    const cached = await this.redis.get(key).catch(() => null);
    if (cached !== null) return JSON.parse(cached) as string[];
    const fetched = this.client.usergroups.users.list({ usergroup: id }).then(
      async (result) => {
        const users = result.users ?? [];
        await this.redis.set(key, JSON.stringify(users), 'EX', this.ttlSeconds).catch(() => {});
        return users;
      },
      (error: Error) => {
        this.logger.warn(
          { group: id, err: error.message },
          'slack user group members could not be read; treated as none',
        );
        return [];
      },
    );
    return within(fetched, this.waitMs, [] as string[]);
  }
}
