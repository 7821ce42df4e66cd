import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotifyMessage, NotifyPort } from '../src/submit/ports.ts';
import { NOTIFY_JOB_RETENTION, NOTIFY_QUEUE } from './queue-names.ts';

/** Adds outbound messages to the notify queue; the notify worker paces and delivers them. */
export class BullNotifyQueue implements NotifyPort {
  readonly queue: Queue<NotifyMessage>;

  constructor(connection: Redis, prefix: string) {
    this.queue = new Queue<NotifyMessage>(NOTIFY_QUEUE, { connection, prefix });
    this.queue.on('error', () => {});
  }

  async notify(message: NotifyMessage): Promise<void> {
    const safeKey = message.key.replace(/[^A-Za-z0-9_-]/g, '_');
    await this.queue.add('deliver', message, {
      jobId: `n-${safeKey}-${message.seq}`,
      attempts: 8,
      backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
      ...NOTIFY_JOB_RETENTION,
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
