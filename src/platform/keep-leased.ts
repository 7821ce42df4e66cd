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
 * 4. A Redis error counts as "not holding" for acquisition and as "still holding" for up to two
 *    renewals in a row (6.7 s, inside the lifetime); the third stops the work, as the lease has
 *    expired by then and another process may hold it.
 */
export function keepLeased(options: KeepLeasedOptions): KeptLease {
  const { lease } = options;
  let work: LeasedWork | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let failures = 0;

  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(() => void tick(), ms);
  };

  async function tick(): Promise<void> {
    if (work) {
      const renewed = await lease.renew().then(
        (held) => {
          failures = 0;
          return held;
        },
        (error: unknown) => {
          options.onError?.(error);
          failures += 1;
          return failures < 3;
        },
      );
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
