import { Queue, QueueEvents } from 'bullmq';
import { describe, expect, it } from 'vitest';
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
import { workerRedis } from '../support/worker-redis.ts';

/**
 * A command job whose final reply already went out once — its worker died between sending it and
 * BullMQ recording the end — runs again on another worker: that run sends no progress (it would
 * show "running" after the end) and repeats the final under the journaled seq, so the chat shows
 * one final reply. A first run journals the seq before it sends.
 */
const { prefix, open } = workerRedis();
const logger = createLogger('silent');

const handler: Handler = async (ctx) => {
  await ctx.progress({ title: 'list', status: 'running', text: 'listing' });
  return { title: 'list', status: 'succeeded', text: 'listed' };
};

function jobData(jobId: string): CommandJobData {
  const parsed = parseCommand('flux list -g rg -c c1 -t connectedClusters');
  if (!parsed.ok) throw new Error('fixture must parse');
  return {
    jobId,
    address: { platform: 'console', channel: 'ops' },
    user: { id: 'alice' },
    receivedAt: new Date().toISOString(),
    command: parsed.command,
    display: parsed.command.display,
  };
}

describe('command worker final reply', () => {
  it('journals the final seq on a first run, and repeats only that final on a run after it', async () => {
    const sealer = createSealer();
    const worker = startCommandWorker({
      connection: open(),
      prefix,
      concurrency: 2,
      handlers: { 'flux.list': handler },
      arm: createArmClient({ subscriptionId: 'x', endpoint: 'https://127.0.0.1:1', credential: sandboxCredential() }),
      notify: new BullNotifyQueue(open(), prefix),
      sealer,
      logger,
      settings: { complianceDeadlineMs: 1000 },
    });
    const queue = new Queue(COMMAND_QUEUE, { connection: open(), prefix });
    const events = new QueueEvents(COMMAND_QUEUE, { connection: open(), prefix });
    await events.waitUntilReady();
    const add = (data: CommandJobData) =>
      queue.add('flux.list', { ...data, command: sealer.seal(data.command) }, { jobId: data.jobId });

    const first = await add(jobData('cmd-first-run'));
    await first.waitUntilFinished(events, 10_000);
    const journaled = ((await queue.getJob('cmd-first-run'))!.data as { finalSeq?: number }).finalSeq;
    expect(journaled).toBeGreaterThan(0);

    // The same job as a resumed run finds it: its final already went out under seq 42.
    const resumed = await add({ ...jobData('cmd-resumed-run'), finalSeq: 42 } as CommandJobData);
    await resumed.waitUntilFinished(events, 10_000);

    const notify = new Queue<NotifyMessage>(NOTIFY_QUEUE, { connection: open(), prefix });
    const sent = (await notify.getJobs(['waiting'])).map((j) => j.data);
    const of = (key: string) => sent.filter((m) => m.key === key).map((m) => [m.seq, m.reply.status]);
    expect(of('cmd-first-run')).toContainEqual([journaled, 'succeeded']);
    expect(of('cmd-first-run')).toHaveLength(2);
    expect(of('cmd-resumed-run')).toEqual([[42, 'succeeded']]);
    await worker.close();
    await Promise.all([queue.close(), events.close(), notify.close()]);
  });
});
