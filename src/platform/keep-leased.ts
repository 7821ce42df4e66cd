import type { LeaseGrant, RedisLease } from './lease.ts';

/** Work that runs while its lease is held (a cluster's watchers). */
interface LeasedWork {
  stop(): void;
}

export interface KeepLeasedOptions {
  lease: RedisLease;
  /** Starts the work once this process took the lease; `grant` fences what the work hands on. */
  start(grant: LeaseGrant): Promise<LeasedWork>;
  /** After a failed start (an unreachable cluster), how long before this process tries again. */
  retryAfterFailureMs?: number;
  onHeld?(grant: LeaseGrant): void;
  onLost?(): void;
  onError?(error: unknown): void;
}

export interface KeptLease {
  holding(): boolean;
  /** Stops the work and releases the lease, so another process takes it at once. */
  stop(): Promise<void>;
}

/**
 * Runs work on whichever process holds its lease, and only there:
 * 1. Not holding: try to take the lease every quarter of its lifetime, so a dead holder's work
 *    resumes here within ttl + ttl/4 of its last renewal.
 * 2. Took it: start the work; a start that fails releases the lease (another process may reach the
 *    cluster) and waits `retryAfterFailureMs` before trying again.
 * 3. Holding: renew every third of the lifetime; a renewal refused (the lease lapsed, e.g. after a
 *    long pause, and another process took it) stops the work at once, then rule 1 again.
 * 4. A Redis error counts as "not holding" for acquisition, and as "still holding" for renewal: the
 *    work keeps running through a Redis outage (a cluster's watchers keep buffering their events,
 *    see jobs/cluster-event-buffer.ts) and stops only when Redis answers that the lease is no longer
 *    this grant. If a partition let another process take the lease meanwhile, both ran for a while;
 *    what they hand on is fenced or deduplicated downstream (content ids, the engine's compare-and-set).
 */
export function keepLeased(options: KeepLeasedOptions): KeptLease {
  const { lease } = options;
  let work: LeasedWork | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(() => void tick(), ms);
  };

  async function tick(): Promise<void> {
    if (work) {
      const renewed = await lease.renew().catch((error: unknown) => {
        options.onError?.(error);
        return true;
      });
      if (!renewed) {
        work.stop();
        work = undefined;
        options.onLost?.();
      }
      return schedule(work ? lease.ttlMs / 3 : lease.ttlMs / 4);
    }
    const grant = await lease.acquire().catch((error: unknown) => {
      options.onError?.(error);
      return undefined;
    });
    if (!grant || stopped) {
      if (grant) await lease.release().catch(() => {});
      return schedule(lease.ttlMs / 4);
    }
    try {
      const started = await options.start(grant);
      if (stopped) {
        started.stop();
        await lease.release().catch(() => {});
        return;
      }
      work = started;
      options.onHeld?.(grant);
      schedule(lease.ttlMs / 3);
    } catch (error) {
      options.onError?.(error);
      await lease.release().catch(() => {});
      schedule(options.retryAfterFailureMs ?? 30_000);
    }
  }

  void tick();
  return {
    holding: () => work !== undefined,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      work?.stop();
      work = undefined;
      await lease.release().catch(() => {});
    },
  };
}
