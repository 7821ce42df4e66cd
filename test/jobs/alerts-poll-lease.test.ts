import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_POLL_QUEUE, type PollJobData } from '../../jobs/alerts-queues.ts';
import { startAlertPollWorker } from '../../jobs/alerts-workers.ts';
import { createSandboxSdkClient } from '../../sandbox/arm/sdk-client.ts';
import type { FluxEvent } from '../../src/alerts/engine/flux-event.ts';
import type { TransitionAction } from '../../src/alerts/engine/transition.ts';
import { applyStatuses } from '../../src/alerts/sources/apply-statuses.ts';
import { fromSdkConfiguration } from '../../src/alerts/sources/configuration-status.ts';
import { PollBackoff } from '../../src/alerts/sources/poll-backoff.ts';
import { ObjectConfigs } from '../../src/alerts/stores/object-configs.ts';
import { RedisLease } from '../../src/platform/lease.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { startTutorialCluster, type TutorialCluster } from '../support/sandbox/tutorial-cluster.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * One compliance poll per cluster across all workers: a tick whose lease another worker holds is
 * skipped, and a poll whose lease was taken meanwhile hands nothing on and writes no snapshot.
 */
const url = 'redis://127.0.0.1:6379';
const prefix = testPrefix();
const redis = new Redis(url);
const logger = createLogger('silent');
const seen: FluxEvent[] = [];
/** The engine's place: records what the poll hands on (the engine itself is tested on its own). */
const engine = {
  handle: async (event: FluxEvent): Promise<TransitionAction> => {
    seen.push(event);
    return 'none';
  },
};
let tutorial: TutorialCluster;

beforeAll(async () => {
  tutorial = await startTutorialCluster();
  await until('the configuration to report compliance', () =>
    tutorial.arm.world.fluxConfigurations().some((c) => c.config.properties.statuses.length > 0),
  );
});

afterAll(async () => {
  await tutorial?.close();
  await deleteKeys(url, prefix);
  redis.disconnect();
});

const snapshotKey = `${prefix}:alerts:snapshot:flux-demo-arc`;
const apply = () => ({ redis, prefix, engine, configs: new ObjectConfigs(redis, prefix) });

describe('compliance poll lease', () => {
  it('skips a tick while another worker holds the cluster’s lease, and polls once it is free', async () => {
    const arm = createSandboxSdkClient(tutorial.arm, '00000000-0000-0000-0000-000000000000');
    const worker = startAlertPollWorker({
      connection: redis.duplicate({ maxRetriesPerRequest: null }),
      prefix,
      cluster: { ...apply(), arm, backoff: new PollBackoff(redis, prefix, 60_000), logger },
      lease: (name) => new RedisLease(redis, prefix, name, 'this-worker', 10_000),
      logger,
    });
    const queue = new Queue<PollJobData>(ALERT_POLL_QUEUE, { connection: redis.duplicate(), prefix });
    const events = new QueueEvents(ALERT_POLL_QUEUE, {
      connection: redis.duplicate({ maxRetriesPerRequest: null }),
      prefix,
    });
    await events.waitUntilReady();
    const other = new RedisLease(redis, prefix, 'poll-flux-demo-arc', 'other-worker', 10_000);
    expect(await other.acquire()).toBeDefined();

    const data: PollJobData = { mode: 'cluster', target: tutorial.target };
    const skipped = await (await queue.add('poll', data)).waitUntilFinished(events, 10_000);
    expect(skipped).toEqual({ status: 'skipped', reason: 'another worker is polling it' });
    expect(seen).toEqual([]);
    expect(await redis.exists(snapshotKey)).toBe(0);

    await other.release();
    const polled = await (await queue.add('poll', data)).waitUntilFinished(events, 10_000);
    expect(polled).toMatchObject({ status: 'polled', configurations: 1 });
    expect(seen.length).toBeGreaterThan(0);
    expect(await redis.exists(snapshotKey)).toBe(1);
    await worker.close();
    await Promise.all([queue.close(), events.close()]);
  });

  it('hands nothing on and writes no snapshot for a poll whose lease a later holder took', async () => {
    seen.length = 0;
    await redis.del(snapshotKey);
    const first = new RedisLease(redis, prefix, 'poll-fenced', 'paused-worker', 200);
    const stale = (await first.acquire())!;
    const next = new RedisLease(redis, prefix, 'poll-fenced', 'next-worker', 200);
    const fresh = await until('the next worker to take the lapsed lease', () => next.acquire(), { intervalMs: 50 });
    const arm = createSandboxSdkClient(tutorial.arm, '00000000-0000-0000-0000-000000000000');
    const configs: FluxConfiguration[] = [];
    const pages = arm.fluxConfigurations
      .list('flux-demo-rg', 'Microsoft.Kubernetes', 'connectedClusters', 'flux-demo-arc')
      .byPage();
    for await (const page of pages) configs.push(...page);
    const byCluster = new Map([['flux-demo-arc', configs.map((c) => fromSdkConfiguration('flux-demo-arc', c))]]);

    // The paused worker wakes up and applies what it read before: refused at the fence.
    expect(await applyStatuses({ ...apply(), fence: stale }, byCluster)).toBe(0);
    expect(seen).toEqual([]);
    expect(await redis.exists(snapshotKey)).toBe(0);
    // The lease's current holder applies the same statuses: its events go on, its snapshot is written.
    expect(await applyStatuses({ ...apply(), fence: fresh }, byCluster)).toBeGreaterThan(0);
    expect(seen.length).toBeGreaterThan(0);
    expect(await redis.exists(snapshotKey)).toBe(1);
  });
});
