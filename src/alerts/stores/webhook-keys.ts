import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../../platform/redis-client.ts';
import type { Sealer } from '../../platform/seal.ts';

const CACHE_MS = 5_000;
const MISSING_CACHE_MS = 1_000;

/** How long a rotated-out key keeps verifying events unless WEBHOOK_KEY_GRACE says otherwise. */
const DEFAULT_KEY_GRACE_MS = 24 * 3_600_000;

/** What `issue` did: handed out the key already stored, or made a new one (and until when the old one works). */
export interface IssuedKey {
  key: string;
  outcome: 'created' | 'existing' | 'rotated';
  /** `rotated` only: the previous key verifies events until then. */
  previousValidUntil?: Date;
}

interface CacheEntry {
  keys: string[];
  until: number;
}

/**
 * Per-cluster HMAC keys for the Flux webhook, stored under the webhook id (webhook-id.ts: the
 * cluster's name and a digest of its full ARM id; ids stored before keys were per ARM id are a bare
 * name, and keep working at their old address). Verification needs the key itself, so it is stored
 * sealed (AES-256-GCM with FLUXOPS_SECRET_KEY, src/platform/seal.ts), never hashed and never logged.
 *
 * Rules:
 * 1. `issue` without `rotate` never replaces a key: it hands back the stored one (or creates the first).
 * 2. A rotation keeps the previous key valid for the grace period (WEBHOOK_KEY_GRACE, 24 h by
 *    default), so events signed by the YAML still deployed are accepted until the new YAML is
 *    committed; after it the previous key is gone (Redis expires it at that moment too).
 * 3. Opened keys are cached briefly — the webhook path must stay fast under a burst of events — but
 *    never past the moment a previous key stops being valid.
 */
export class WebhookKeys {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly sealer: Sealer,
    private readonly graceMs: number = DEFAULT_KEY_GRACE_MS,
  ) {}

  private redisKey(id: string): string {
    return `${this.prefix}:alerts:webhook-key:${id.toLowerCase()}`;
  }

  private previousKey(id: string): string {
    return `${this.redisKey(id)}:previous`;
  }

  private open(sealed: string | null | undefined): string | undefined {
    if (!sealed) return undefined;
    try {
      return this.sealer.open({ $secret: sealed }).$secret;
    } catch {
      // Sealed with another FLUXOPS_SECRET_KEY: unusable, so the cluster must run setup again.
      return undefined;
    }
  }

  /** Rule 1 and 2: the key to hand out for `id`. */
  async issue(id: string, options: { rotate: boolean }): Promise<IssuedKey> {
    const current = this.open(await this.redis.get(this.redisKey(id)));
    if (current && !options.rotate) return { key: current, outcome: 'existing' };
    const key = randomBytes(32).toString('hex');
    const sealed = this.sealer.seal({ $secret: key }).$secret;
    this.cache.delete(id.toLowerCase());
    if (!current) {
      await this.redis.set(this.redisKey(id), sealed);
      return { key, outcome: 'created' };
    }
    const until = Date.now() + this.graceMs;
    const previous = JSON.stringify({ sealed: this.sealer.seal({ $secret: current }).$secret, until });
    await this.redis.multi().set(this.previousKey(id), previous, 'PXAT', until).set(this.redisKey(id), sealed).exec();
    return { key, outcome: 'rotated', previousValidUntil: new Date(until) };
  }

  /** A fresh key for `id` (rule 2 applies to the one it replaces); returned once, for the setup reply. */
  async rotate(id: string): Promise<string> {
    return (await this.issue(id, { rotate: true })).key;
  }

  /** Rule 3: every key that verifies events for `id` now, the current one first; empty when none. */
  async valid(id: string): Promise<string[]> {
    const name = id.toLowerCase();
    const now = Date.now();
    const cached = this.cache.get(name);
    if (cached && cached.until > now) return cached.keys;
    const [sealed, previousRaw] = await this.redis.mget(this.redisKey(name), this.previousKey(name));
    const keys: string[] = [];
    const current = this.open(sealed);
    if (current) keys.push(current);
    let until = now + (current ? CACHE_MS : MISSING_CACHE_MS);
    const previous = previousRaw ? (JSON.parse(previousRaw) as { sealed: string; until: number }) : undefined;
    const old = previous && previous.until > now ? this.open(previous.sealed) : undefined;
    if (previous && old) {
      keys.push(old);
      until = Math.min(until, previous.until);
    }
    this.cache.set(name, { keys, until });
    return keys;
  }
}
