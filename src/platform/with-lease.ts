import type { LeaseGrant, RedisLease } from './lease.ts';

/** What `withLease` came to: the work's value, or that another process holds the lease right now. */
export type LeasedOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` only if this process takes `lease` now (nobody waits: another holder is doing the same
 * work at this moment), renewing it every third of its lifetime while `work` runs and releasing it
 * after, so the next run anywhere need not wait for the expiry. `work` gets the grant for its
 * fenced writes.
 */
export async function withLease<T>(
  lease: RedisLease,
  work: (grant: LeaseGrant) => Promise<T>,
): Promise<LeasedOutcome<T>> {
  const grant = await lease.acquire();
  if (!grant) return { ran: false };
  const renewal = setInterval(() => void lease.renew().catch(() => false), lease.ttlMs / 3);
  try {
    return { ran: true, value: await work(grant) };
  } finally {
    clearInterval(renewal);
    await lease.release().catch(() => {});
  }
}
