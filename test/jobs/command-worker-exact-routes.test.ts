import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommandWorker } from '../../jobs/command-worker.ts';
import type { Handler } from '../../jobs/handler.ts';
import { BullNotifyQueue } from '../../jobs/notify-queue.ts';
import { COMMAND_QUEUE } from '../../jobs/queue-names.ts';
import { sandboxCredential } from '../../sandbox/arm/sdk-client.ts';
import { createArmClient } from '../../src/azure/arm-client.ts';
import { ClusterAccess } from '../../src/cluster/access/cluster-access.ts';
import { ClusterUnreachableError } from '../../src/cluster/access/kube-errors.ts';
import { kubeconfigFileSource, parseContextMap } from '../../src/cluster/access/kubeconfig-file-source.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createSealer } from '../../src/platform/seal.ts';
import type { CommandJobData } from '../../src/submit/queue-port.ts';
import { workerRedis } from '../support/worker-redis.ts';

/**
 * The command worker, not each handler, decides how a job reaches a cluster: a job allowed only by a
 * scoped binding (`scopedAccess`) gets a cluster port that asks for exact routes, so a name-only
 * KUBE_CONTEXTS entry does not serve it, whichever handler connects; any other job may use it.
 */
const { prefix, open } = workerRedis();
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- {name: prod, cluster: {server: 'https://prod-aks.invalid:443'}}
users:
- {name: someone, user: {token: not-a-secret}}
contexts:
- {name: prod-admin, context: {cluster: prod, user: someone}}
current-context: prod-admin
`;

/** Succeeds when the job's cluster port reached the cluster; fails when it had no exact route. */
const connects: Handler = async (ctx) => {
  const target = ctx.command.target;
  if (!target || !ctx.cluster) throw new Error('fixture needs a target and a cluster port');
  try {
    await ctx.cluster.connect(target);
    return { title: 'reconcile', status: 'succeeded', text: 'connected' };
  } catch (error) {
    if (error instanceof ClusterUnreachableError && error.exact) {
      return { title: 'reconcile', status: 'failed', text: 'no exact route' };
    }
    throw error;
  }
};

describe('the command worker and scoped jobs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fluxops-kubeconfig-'));
    await writeFile(join(dir, 'config'), KUBECONFIG);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives a scoped job exact routes only, and an unscoped one every route', async () => {
    const sealer = createSealer();
    const access = new ClusterAccess([
      kubeconfigFileSource(join(dir, 'config'), parseContextMap('prod-aks=prod-admin')),
    ]);
    const worker = startCommandWorker({
      connection: open(),
      prefix,
      concurrency: 1,
      handlers: { reconcile: connects },
      arm: createArmClient({ subscriptionId: 'x', endpoint: 'https://127.0.0.1:1', credential: sandboxCredential() }),
      cluster: access,
      notify: new BullNotifyQueue(open(), prefix),
      sealer,
      logger: createLogger('silent'),
      settings: { complianceDeadlineMs: 1000 },
    });
    const queue = new Queue(COMMAND_QUEUE, { connection: open(), prefix });
    const events = new QueueEvents(COMMAND_QUEUE, { connection: open(), prefix });
    await events.waitUntilReady();
    const parsed = parseCommand('reconcile apps -g dev-rg -c prod-aks -t managedClusters');
    if (!parsed.ok) throw new Error('fixture must parse');
    const run = async (jobId: string, scoped: boolean) => {
      const data: CommandJobData = {
        jobId,
        address: { platform: 'console', channel: 'ops' },
        user: { id: 'bob' },
        receivedAt: new Date().toISOString(),
        command: sealer.seal(parsed.command),
        display: parsed.command.display,
        ...(scoped ? { scopedAccess: true as const } : {}),
      };
      const job = await queue.add('reconcile', data, { jobId });
      return job.waitUntilFinished(events, 10_000);
    };
    const scoped = await run('cmd-scoped', true);
    const unscoped = await run('cmd-unscoped', false);
    await worker.close();
    await Promise.all([queue.close(), events.close()]);
    expect(scoped).toEqual({ status: 'failed' });
    expect(unscoped).toEqual({ status: 'succeeded' });
  }, 30_000);
});
