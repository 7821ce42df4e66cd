import { Queue, QueueEvents, type Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { BullCommandQueue } from '../../jobs/command-queue.ts';
import { startCommandWorker } from '../../jobs/command-worker.ts';
import type { Handler } from '../../jobs/handler.ts';
import { BullNotifyQueue } from '../../jobs/notify-queue.ts';
import { COMMAND_QUEUE, NOTIFY_QUEUE } from '../../jobs/queue-names.ts';
import { sandboxCredential } from '../../sandbox/arm/sdk-client.ts';
import { createArmClient } from '../../src/azure/arm-client.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createSealer } from '../../src/platform/seal.ts';
import type { CommandJobData } from '../../src/submit/queue-port.ts';
import { until } from '../support/until.ts';
import { workerRedis } from '../support/worker-redis.ts';

/**
 * Two workers share the queue; the one running a job is killed (closed without finishing it). The
 * stalled-job checker hands the job to the survivor, and it completes exactly once there.
 */
const { prefix, open } = workerRedis();
const logger = createLogger('silent');
const counter = new Redis('redis://127.0.0.1:6379');

afterAll(() => {
  counter.disconnect();
});

function workerWith(name: string, release: Promise<void>): Worker {
  // The handler records who ran it, in Redis, like a side effect another process could observe.
  const handler: Handler = async () => {
    await counter.rpush(`${prefix}:runs`, name);
    await release;
    await counter.rpush(`${prefix}:finished`, name);
    return { title: 'done', status: 'succeeded', text: `finished by ${name}` };
  };
  return startCommandWorker({
    connection: open(),
    prefix,
    concurrency: 1,
    handlers: { 'flux.list': handler },
    arm: createArmClient({ subscriptionId: 'x', endpoint: 'https://127.0.0.1:1', credential: sandboxCredential() }),
    notify: new BullNotifyQueue(open(), prefix),
    sealer: createSealer(),
    logger,
    settings: { complianceDeadlineMs: 1000 },
    lockDurationMs: 1_000,
    stalledIntervalMs: 500,
  });
}

describe('command worker failover', () => {
  it('finishes a job once on the surviving worker when the first is killed mid-job', async () => {
    const parsed = parseCommand('flux list -g rg -c c1 -t connectedClusters');
    if (!parsed.ok) throw new Error('fixture must parse');
    const data: CommandJobData = {
      jobId: 'cmd-test-failover',
      address: { platform: 'console', channel: 'ops' },
      user: { id: 'alice' },
      receivedAt: new Date().toISOString(),
      command: parsed.command,
      display: parsed.command.display,
    };
    const events = new QueueEvents(COMMAND_QUEUE, { connection: open(), prefix });
    await events.waitUntilReady();
    const neverReleased = new Promise<void>(() => {});
    const first = workerWith('first', neverReleased);
    const queue = new BullCommandQueue(open(), prefix);
    await queue.enqueue(data);
    // Wait until the first worker is inside the job, then kill it without letting it finish.
    await until('the first worker to start the job', async () => (await counter.llen(`${prefix}:runs`)) > 0, {
      intervalMs: 50,
    });
    expect(await counter.lrange(`${prefix}:runs`, 0, -1)).toEqual(['first']);
    await first.close(true);

    const second = workerWith('second', Promise.resolve());
    const job = await queue.queue.getJob('cmd-test-failover');
    const result = await job!.waitUntilFinished(events, 20_000);
    // The job keeps only its status; the final reply went to chat through the notify queue.
    expect(result).toEqual({ status: 'succeeded' });
    const notify = new Queue<NotifyMessage>(NOTIFY_QUEUE, { connection: open(), prefix });
    const sent = (await notify.getJobs(['waiting'])).filter((j) => j.data.key === data.jobId);
    const final = sent.sort((a, b) => b.data.seq - a.data.seq)[0]?.data.reply;
    expect(final).toMatchObject({ status: 'succeeded', text: 'finished by second' });
    await notify.close();
    expect(await counter.lrange(`${prefix}:runs`, 0, -1)).toEqual(['first', 'second']);
    expect(await counter.lrange(`${prefix}:finished`, 0, -1)).toEqual(['second']);
    await second.close();
    await queue.close();
    await events.close();
  });
});
