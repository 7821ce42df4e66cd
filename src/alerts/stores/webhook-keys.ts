import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../../platform/redis-client.ts';
import type { Sealer } from '../../platform/seal.ts';

const CACHE_MS = 5_000;
const MISSING_CACHE_MS = 1_000;

/**
 * Per-cluster HMAC keys for the Flux webhook. Verification needs the key itself, so it is stored
 * sealed (AES-256-GCM with FLUXOPS_SECRET_KEY, src/platform/seal.ts), never hashed and never logged.
 * Opened keys are cached briefly: the webhook path must stay fast under a burst of events, and a key
 * rotated by a worker in another process must take effect within seconds.
 */
export class WebhookKeys {
  private readonly cache = new Map<string, { key: string | undefined; until: number }>();

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly sealer: Sealer,
  ) {}

  private redisKey(cluster: string): string {
    return `${this.prefix}:alerts:webhook-key:${cluster.toLowerCase()}`;
  }

  /** A fresh 32-byte key for the cluster, replacing any earlier one; returned once, for the setup reply. */
  async rotate(cluster: string): Promise<string> {
    const key = randomBytes(32).toString('hex');
    const sealed = this.sealer.seal({ $secret: key }).$secret;
    await this.redis.set(this.redisKey(cluster), sealed);
    this.cache.delete(cluster.toLowerCase());
    return key;
  }

  async get(cluster: string): Promise<string | undefined> {
    const name = cluster.toLowerCase();
    const cached = this.cache.get(name);
    if (cached && cached.until > Date.now()) return cached.key;
    const sealed = await this.redis.get(this.redisKey(name));
    let key: string | undefined;
    try {
      key = sealed ? this.sealer.open({ $secret: sealed }).$secret : undefined;
    } catch {
      // Sealed with another FLUXOPS_SECRET_KEY: unusable, so the cluster must run setup again.
      key = undefined;
    }
    this.cache.set(name, { key, until: Date.now() + (key ? CACHE_MS : MISSING_CACHE_MS) });
    return key;
  }
}
