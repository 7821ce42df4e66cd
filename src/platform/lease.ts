import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisClient } from './redis-client.ts';

// A lease in Redis: at most one holder at a time for a piece of work that must run once across all
// worker processes (one cluster's watcher, one cluster's compliance poll), with a fencing token.
//
// 1. Acquire: SET key "holder#token" NX PX ttl. Only on success the fence counter is incremented, so
//    every acquisition — even by the same process — gets a token larger than all before it.
// 2. Renew: a Lua script extends the expiry only while the value is still exactly "holder#token";
//    a holder whose lease lapsed and was taken learns it here and stops.
// 3. Release: a Lua script deletes the key only while it is still ours (never someone else's lease).
// 4. Fencing: a write on behalf of the lease checks, in the same Lua script as the write, that the
//    fence counter still equals its token (`fencedWrite`); a holder that lost the lease — paused,
//    partitioned, presumed dead — and has not noticed yet is refused there, whatever it believes.
// Both keys carry the lease name as hash tag after the prefix, so on Redis Cluster they share one
// slot even when the prefix has no tag of its own (with the default `{fluxops}` prefix that tag wins).

const ACQUIRE = `
local token = tonumber(redis.call('GET', KEYS[2]) or '0') + 1
if redis.call('SET', KEYS[1], ARGV[1] .. '#' .. token, 'NX', 'PX', ARGV[2]) then
  redis.call('SET', KEYS[2], token)
  return token
end
return false`;

const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * How long a lease outlives its holder's last renewal. Holders renew every third of it; waiting
 * processes try to take it every quarter, so a dead holder's work resumes elsewhere within
 * ttl + ttl/4 (12.5 s) plus the time to start it.
 */
export const LEASE_TTL_MS = 10_000;

/** A unique holder id for this process: host, pid and a random part (a restarted pid is someone else). */
export function leaseHolderId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** What a successful acquisition gives: the fencing token and the key a fenced write checks it against. */
export interface LeaseGrant {
  token: number;
  fenceKey: string;
}

export class RedisLease {
  readonly key: string;
  readonly fenceKey: string;
  private grant: LeaseGrant | undefined;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
    readonly name: string,
    private readonly holder: string,
    readonly ttlMs: number,
  ) {
    this.key = `${prefix}:lease:{${name}}`;
    this.fenceKey = `${this.key}:fence`;
  }

  /** Rule 1: the grant when this call took the lease, undefined while someone else holds it. */
  async acquire(): Promise<LeaseGrant | undefined> {
    const token = await this.redis.eval(ACQUIRE, 2, this.key, this.fenceKey, this.holder, this.ttlMs);
    if (token === null || token === undefined) return undefined;
    this.grant = { token: Number(token), fenceKey: this.fenceKey };
    return this.grant;
  }

  /** Rule 2: true while the lease is still ours (its expiry moved on); false once it lapsed or was taken. */
  async renew(): Promise<boolean> {
    if (!this.grant) return false;
    const renewed = Number(await this.redis.eval(RENEW, 1, this.key, this.value(this.grant), this.ttlMs));
    if (renewed !== 1) this.grant = undefined;
    return renewed === 1;
  }

  /** Rule 3: gives the lease up at once (a clean stop), so the next holder need not wait for the expiry. */
  async release(): Promise<void> {
    const grant = this.grant;
    this.grant = undefined;
    if (grant) await this.redis.eval(RELEASE, 1, this.key, this.value(grant));
  }

  private value(grant: LeaseGrant): string {
    return `${this.holder}#${grant.token}`;
  }
}
