import type { Worker } from 'bullmq';
import type { Logger } from '../src/platform/logger.ts';
import { bounded } from './bounded.ts';

/** A forced close waits on Redis; while Redis is unreachable it may never answer, so it is not awaited past this. */
export const FORCE_CLOSE_MS = 2_000;

export interface StopPlan {
  /** Workers that take new work (commands, previews, alert events and polls). */
  takers: Worker[];
  /** The notify worker, stopped last. */
  notify?: Worker;
  /** Notify jobs still to deliver (0 when the queue is drained). */
  backlog(): Promise<number>;
  logger: Logger;
  graceMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Stops the workers of one process without losing a reply.
 *
 * Rules:
 * 1. The takers stop fetching at once and finish the jobs they hold (BullMQ's graceful close).
 * 2. A job still running when the grace is over is left to another worker: its lock lapses and
 *    BullMQ's stall check hands it on, resuming from its journal (the write is never sent twice).
 * 3. The notify worker keeps delivering until no notify job is left — the final replies of the
 *    jobs finished in step 1 included — then stops.
 * 4. All of it within `graceMs` (SHUTDOWN_GRACE); what is left then stays queued for the next
 *    process, never dropped.
 */
export async function stopGracefully(plan: StopPlan): Promise<void> {
  const deadline = Date.now() + plan.graceMs;
  const left = () => Math.max(0, deadline - Date.now());
  const finished = await Promise.race([
    Promise.all(plan.takers.map((worker) => worker.close())).then(() => true),
    sleep(left()).then(() => false),
  ]);
  if (!finished) {
    plan.logger.warn('shutdown grace over with jobs still running; another worker takes them over');
    await bounded(Promise.all(plan.takers.map((worker) => worker.close(true))), FORCE_CLOSE_MS);
  }
  if (plan.notify) {
    await drainNotify(plan, left);
    await bounded(plan.notify.close(left() === 0), left() + FORCE_CLOSE_MS);
  }
}

async function drainNotify(plan: StopPlan, left: () => number): Promise<void> {
  for (;;) {
    const pending = await plan.backlog().catch(() => 0);
    if (pending === 0) return;
    if (left() === 0) {
      plan.logger.warn({ pending }, 'shutdown grace over with messages undelivered; they stay queued');
      return;
    }
    await sleep(Math.min(100, left()));
  }
}
