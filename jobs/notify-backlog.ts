import type { Queue } from 'bullmq';

/**
 * How many notify jobs still wait for a delivery: waiting, active, prioritized and delayed (a
 * message paced behind others in its conversation, or waiting out a platform's Retry-After). The
 * caller bounds how long it waits for them to go (SHUTDOWN_GRACE).
 */
export async function notifyBacklog(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('wait', 'active', 'prioritized', 'delayed');
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
