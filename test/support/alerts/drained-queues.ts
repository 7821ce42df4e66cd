import { Queue } from 'bullmq';
import { until } from '../until.ts';

/** Waits until the alert and notify queues have nothing waiting, active or delayed. */
export async function drained(redisUrl: string, prefix: string, timeoutMs = 60_000): Promise<void> {
  const queues = ['alert-events', 'notify'].map((name) => new Queue(name, { connection: { url: redisUrl }, prefix }));
  try {
    let quietRounds = 0;
    await until(
      'the alert and notify queues to stay empty for three rounds',
      async () => {
        const counts = await Promise.all(
          queues.map((queue) => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
        );
        const busy = counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
        quietRounds = busy === 0 ? quietRounds + 1 : 0;
        return quietRounds >= 3;
      },
      { timeoutMs, intervalMs: 100 },
    );
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}
