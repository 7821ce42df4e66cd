import type { HttpClient } from '@azure/core-rest-pipeline';
import { Queue, QueueEvents, type Worker } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { BullCommandQueue } from '../../../jobs/command-queue.ts';
import { startCommandWorker } from '../../../jobs/command-worker.ts';
import { HANDLERS } from '../../../jobs/handlers/index.ts';
import type { ResumableJobData } from '../../../jobs/handlers/support/operation-journal.ts';
import { BullNotifyQueue } from '../../../jobs/notify-queue.ts';
import { COMMAND_QUEUE, NOTIFY_QUEUE } from '../../../jobs/queue-names.ts';
import { sandboxCredential, sandboxHttpClient } from '../../../sandbox/arm/sdk-client.ts';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import { startArmSandbox } from '../../../sandbox/arm/server.ts';
import { createArmClient } from '../../../src/azure/arm-client.ts';
import { fluxConfigurationBody } from '../../../src/azure/bodies/index.ts';
import type { CommandOfKind } from '../../../src/commands/types.ts';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { createSealer } from '../../../src/platform/seal.ts';
import type { CommandJobData } from '../../../src/submit/queue-port.ts';
import { parsed, SUBSCRIPTION, TUTORIAL_CREATE } from '../../support/handlers/harness.ts';
import { until } from '../../support/until.ts';
import { workerRedis } from '../../support/worker-redis.ts';

/**
 * A worker dies after ARM accepted its DELETE (its network goes silent, its lock lapses). The job is
 * taken over by another worker, which must poll the same operation: ARM sees exactly one DELETE.
 */
const { prefix, open } = workerRedis();
const logger = createLogger('silent');

/** An HTTP client that stops answering once `kill()` is called, as a dead process would. */
function killableClient(inner: HttpClient) {
  let dead = false;
  const client: HttpClient = {
    sendRequest: (request) => (dead ? new Promise(() => {}) : inner.sendRequest(request)),
  };
  return { client, kill: () => (dead = true) };
}

describe('worker killed after ARM accepted a DELETE', () => {
  it('the retried job polls the same operation and ARM sees exactly one DELETE', async () => {
    const create = parsed(TUTORIAL_CREATE) as CommandOfKind<'flux.create'>;
    const sandbox = await startArmSandbox({
      subscriptionId: SUBSCRIPTION,
      reconcileMs: 50,
      operationDelayMs: 3_000,
      seed: {
        ...tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }),
        fluxConfigurations: [
          {
            cluster: 'flux-demo-arc',
            name: 'cluster-config',
            properties: { ...fluxConfigurationBody(create).properties },
          },
        ],
      },
    });
    const worker = (name: string, httpClient: HttpClient): Worker =>
      startCommandWorker({
        connection: open(),
        prefix,
        concurrency: 1,
        handlers: HANDLERS,
        arm: createArmClient({
          subscriptionId: SUBSCRIPTION,
          endpoint: sandbox.url,
          credential: sandboxCredential(),
          httpClient,
        }),
        notify: new BullNotifyQueue(open(), prefix),
        sealer: createSealer(),
        logger: logger.child({ worker: name }),
        settings: { complianceDeadlineMs: 5_000, pollIntervalsMs: [100] },
        lockDurationMs: 1_000,
        stalledIntervalMs: 500,
      });
    const command = parsed('flux delete -n cluster-config -g flux-demo-rg -c flux-demo-arc -t connectedClusters --yes');
    const data: CommandJobData = {
      jobId: 'cmd-test-killed-delete',
      address: { platform: 'console', channel: 'ops' },
      user: { id: 'alice' },
      receivedAt: new Date().toISOString(),
      command,
      display: command.display,
    };
    const events = new QueueEvents(COMMAND_QUEUE, { connection: open(), prefix });
    await events.waitUntilReady();
    const first = killableClient(sandboxHttpClient(sandbox.caPem));
    const firstWorker = worker('first', first.client);
    const queue = new BullCommandQueue(open(), prefix);
    await queue.enqueue(data);

    // Wait until ARM has accepted the DELETE and the job holds the operation, then kill the worker.
    const job = await until('the job to hold the DELETE operation', async () => {
      const found = await queue.queue.getJob(data.jobId);
      return (found?.data as ResumableJobData | undefined)?.operations?.['flux-delete'] && found;
    });
    const stored = (job.data as ResumableJobData).operations!['flux-delete']!;
    expect(stored.method).toBe('DELETE');
    first.kill();
    await firstWorker.close(true);

    const second = worker('second', sandboxHttpClient(sandbox.caPem));
    const result = await job!.waitUntilFinished(events, 20_000);
    // The job keeps only its status; the final reply went to chat through the notify queue.
    expect(result).toEqual({ status: 'succeeded' });
    const notify = new Queue<NotifyMessage>(NOTIFY_QUEUE, { connection: open(), prefix });
    const sent = (await notify.getJobs(['waiting'])).filter((j) => j.data.key === data.jobId);
    expect(sent.sort((a, b) => b.data.seq - a.data.seq)[0]?.data.reply).toMatchObject({
      status: 'succeeded',
      text: expect.stringContaining('Deleted flux configuration cluster-config'),
    });
    await notify.close();

    const deletes = sandbox.requests.filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    const polled = sandbox.requests.filter((r) => r.method === 'GET' && r.path.includes('/operations/'));
    expect(polled.length).toBeGreaterThan(0);
    expect(new Set(polled.map((r) => r.path.split('/operations/')[1]))).toEqual(new Set([stored.operationId]));

    await second.close();
    await queue.close();
    await events.close();
    await sandbox.close();
  }, 30_000);
});
