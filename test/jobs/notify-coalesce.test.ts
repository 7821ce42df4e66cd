import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullNotifyQueue } from '../../jobs/notify-queue.ts';
import { startNotifyWorker } from '../../jobs/notify-worker.ts';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { ReplyStatus } from '../../src/replies/reply.ts';
import { RecordingDeliverer } from '../support/alerts/recording-deliverer.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * Progress updates to one message coalesce where a message is edited in place: queued before the
 * worker can deliver them, only the newest progress is shown, and the final reply always is. The
 * console prints every update as its own line, so nothing of it is skipped.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';

function update(platform: 'slack' | 'console', key: string, seq: number, status: ReplyStatus): NotifyMessage {
  return {
    address: { platform, channel: 'C0COALESCE', extra: { team: 'T0' } },
    key,
    seq,
    reply: { status, title: `step ${seq}` },
  };
}

describe('notify worker: coalescing progress updates', () => {
  const prefix = testPrefix();
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new BullNotifyQueue(redis, prefix);
  const slack = new RecordingDeliverer('slack', true);
  const consoleDeliverer = new RecordingDeliverer('console');
  let worker: Worker | undefined;

  beforeAll(async () => {
    // Everything is queued before the worker starts, as when a burst outruns the platform's budget.
    for (const [seq, status] of [
      [1, 'queued'],
      [2, 'running'],
      [3, 'running'],
      [4, 'running'],
    ] as const) {
      await queue.notify(update('slack', 'job-a', seq, status));
      await queue.notify(update('console', 'job-c', seq, status));
    }
    await queue.notify(update('slack', 'job-a', 5, 'succeeded'));
    await queue.notify(update('slack', 'job-b', 1, 'running'));
    worker = startNotifyWorker({
      connection: redis,
      prefix,
      deliverers: [slack, consoleDeliverer],
      logger: createLogger('silent'),
    });
  });
  afterAll(async () => {
    await worker?.close();
    await queue.close();
    redis.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  it('delivers only the final reply of a message whose progress was superseded', async () => {
    await until('job-a final and job-b delivered', () => slack.latest('job-a')?.seq === 5 && slack.latest('job-b'));
    expect(slack.messages.filter((m) => m.key === 'job-a').map((m) => m.seq)).toEqual([5]);
  });

  it('delivers the newest progress of a message when nothing newer is queued', async () => {
    await until('job-b delivered', () => slack.latest('job-b'));
    expect(slack.messages.filter((m) => m.key === 'job-b').map((m) => m.reply.status)).toEqual(['running']);
  });

  it('skips nothing on the console, which prints every update', async () => {
    await until('four console lines', () => consoleDeliverer.messages.length === 4);
    expect(consoleDeliverer.messages.map((m) => m.seq).sort()).toEqual([1, 2, 3, 4]);
  });
});
