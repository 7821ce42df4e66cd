import type { Queue } from 'bullmq';

/** Delayed notify jobs due within this window still count as pending (a paced final reply). */
const DUE_SOON_MS = 2_000;

/**
 * How many notify jobs still wait for a delivery: waiting, active, prioritized, and delayed ones
 * due within two seconds (per-conversation pacing delays a message by about a second; a platform's
 * long Retry-After does not hold a stop up).
 */
export async function notifyBacklog(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('wait', 'active', 'prioritized');
  const ready = (counts.wait ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0);
  const delayed = await queue.getDelayed(0, 99);
  const soon = Date.now() + DUE_SOON_MS;
  return ready + delayed.filter((job) => job.timestamp + (job.delay ?? 0) <= soon).length;
}
