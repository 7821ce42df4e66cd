import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import type { SlackBudgets } from './deliver/slack-budgets.ts';
import { classifySlackFailure } from './deliver/slack-errors.ts';
import { within } from './within.ts';

const KNOWN_TTL_SECONDS = 24 * 3600;
const UNKNOWN_TTL_SECONDS = 600;
const NONE = '-';
const MEMORY_TTL_MS = 5 * 60_000;
const MEMORY_MAX_USERS = 10_000;

/**
 * The Slack user's locale (users.info with include_locale), so replies can be translated. It sits
 * on the ack path, so:
 * 1. a Redis hit answers (one GET on the fail-fast producer connection);
 * 2. a miss asks Slack but waits at most `waitMs`; a late answer still fills the cache for next time;
 * 3. unknown users and errors are remembered briefly as "no locale", so a broken scope or a 429
 *    does not turn every command into a users.info call;
 * 4. concurrent misses for one user share one users.info call;
 * 5. users.info is Tier 4 for the whole workspace (budgets shared in Redis): with no unit left the
 *    command goes without a locale at once, and a 429 holds the budget for its Retry-After.
 */
export class UserLocaleCache {
  private readonly inflight = new Map<string, Promise<string | undefined>>();
  private readonly memory = new Map<string, { locale: string | undefined; until: number }>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly client: WebClient,
    private readonly budgets: SlackBudgets,
    private readonly logger: Logger,
    private readonly waitMs = 300,
  ) {}

  private key(team: string, user: string): string {
    return `${this.prefix}:slack:locale:${team}:${user}`;
  }

  async get(team: string, user: string): Promise<string | undefined> {
    const key = this.key(team, user);
    const remembered = this.memory.get(key);
    if (remembered && remembered.until > Date.now()) return remembered.locale;
    let cached: string | null;
    try {
      cached = await this.redis.get(key);
    } catch {
      return undefined;
    }
    if (cached !== null) return this.remember(key, cached === NONE ? undefined : cached);
    return within(this.fetch(key, team, user), this.waitMs, undefined);
  }

  /**
   * The locale already known for this user (memory, then Redis), never calling Slack: the ack path
   * uses it so a returning user's parse errors and help come in their language within the 3 seconds.
   */
  async known(team: string, user: string): Promise<string | undefined> {
    const key = this.key(team, user);
    const remembered = this.memory.get(key);
    if (remembered && remembered.until > Date.now()) return remembered.locale;
    const cached = await within(
      this.redis.get(key).catch(() => null),
      this.waitMs,
      null,
    );
    return cached === null || cached === NONE ? undefined : this.remember(key, cached);
  }

  private remember(key: string, locale: string | undefined): string | undefined {
    // A crude bound: forgetting everyone at once costs one Redis GET per user, nothing more.
    if (this.memory.size >= MEMORY_MAX_USERS) this.memory.clear();
    this.memory.set(key, { locale, until: Date.now() + MEMORY_TTL_MS });
    return locale;
  }

  private fetch(key: string, team: string, user: string): Promise<string | undefined> {
    const running = this.inflight.get(key);
    if (running) return running;
    const call = this.lookUp(key, team, user).finally(() => this.inflight.delete(key));
    this.inflight.set(key, call);
    return call;
  }

  private async lookUp(key: string, team: string, user: string): Promise<string | undefined> {
    const wait = await this.budgets.tryTake('users.info', team).catch(() => 1);
    // Over budget: no locale this time, nothing remembered, so a later command asks again.
    if (wait > 0) return undefined;
    let locale: string | undefined;
    try {
      const result = await this.client.users.info({ user, include_locale: true });
      locale = result.user?.locale || undefined;
    } catch (error) {
      const failure = classifySlackFailure(error);
      if (failure.kind === 'rate-limited') {
        await this.budgets.backOff('users.info', team, undefined, failure.retryAfterMs).catch(() => {});
      }
      this.logger.info({ err: error instanceof Error ? error.message : String(error) }, 'users.info failed; no locale');
    }
    const ttl = locale ? KNOWN_TTL_SECONDS : UNKNOWN_TTL_SECONDS;
    await this.redis.set(key, locale ?? NONE, 'EX', ttl).catch(() => {});
    return this.remember(key, locale);
  }
}
