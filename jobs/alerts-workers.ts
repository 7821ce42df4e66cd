import { Worker } from 'bullmq';
import type { AlertEngine } from '../src/alerts/engine/alert-engine.ts';
import type { FluxEvent } from '../src/alerts/engine/flux-event.ts';
import { type PollClusterDeps, pollCluster } from '../src/alerts/sources/poll-cluster.ts';
import { type PollFleetDeps, pollFleet } from '../src/alerts/sources/poll-fleet.ts';
import type { LeaseGrant, RedisLease } from '../src/platform/lease.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import { withLease } from '../src/platform/with-lease.ts';
import { ALERT_EVENTS_QUEUE, ALERT_POLL_QUEUE, type PollJobData, pollSchedulerId } from './alerts-queues.ts';
import { TAKEOVER } from './takeover.ts';

// Workers of the two alert queues. Event jobs for the same object may run concurrently: the engine
// commits transitions with compare-and-set, so concurrency only buys throughput. An event spends
// most of its time waiting on Redis round trips, so 32 in flight keep one process busy at 200
// events/s (at 8, a 2-core box fell behind by seconds; bench/alerts.ts).
const EVENT_CONCURRENCY = 32;

export function startAlertEventWorker(options: {
  connection: RedisClient;
  prefix: string;
  engine: AlertEngine;
  logger: Logger;
  concurrency?: number;
}): Worker<FluxEvent> {
  const worker = new Worker<FluxEvent>(ALERT_EVENTS_QUEUE, async (job) => options.engine.handle(job.data), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? EVENT_CONCURRENCY,
    ...TAKEOVER,
  });
  worker.on('failed', (job, error) =>
    options.logger.warn({ jobId: job?.id, err: error.message }, 'alert event processing failed'),
  );
  worker.on('error', (error) => options.logger.warn({ err: error.message }, 'alert event worker error'));
  return worker;
}

export function startAlertPollWorker(options: {
  connection: RedisClient;
  prefix: string;
  cluster: Omit<PollClusterDeps, never>;
  fleet?: PollFleetDeps;
  /** The lease of one poll target (see pollSchedulerId); a tick whose lease another worker holds is skipped. */
  lease: (name: string) => RedisLease;
  logger: Logger;
}): Worker<PollJobData> {
  const worker = new Worker<PollJobData>(
    ALERT_POLL_QUEUE,
    async (job) => {
      const data = job.data;
      const fleet = options.fleet;
      if (data.mode === 'fleet' && !fleet) return { status: 'skipped', reason: 'fleet mode is off' };
      const poll =
        data.mode === 'fleet'
          ? (fence: LeaseGrant) => pollFleet({ ...(fleet as PollFleetDeps), fence })
          : (fence: LeaseGrant) => pollCluster({ ...options.cluster, fence }, data.target);
      // Ticks are one job each, but a slow poll and the next tick, or a stalled poll resumed elsewhere,
      // could overlap: the lease keeps it to one poll per target, fenced when it writes its snapshot.
      const held = await withLease(options.lease(pollSchedulerId(data)), poll);
      return held.ran ? held.value : { status: 'skipped', reason: 'another worker is polling it' };
    },
    // Polls are I/O-bound and cheap; two at a time keeps one slow cluster from delaying the rest.
    { connection: options.connection, prefix: options.prefix, concurrency: 2, ...TAKEOVER },
  );
  worker.on('failed', (job, error) =>
    options.logger.warn({ scheduler: job?.repeatJobKey, err: error.message }, 'compliance poll failed'),
  );
  worker.on('error', (error) => options.logger.warn({ err: error.message }, 'alert poll worker error'));
  return worker;
}
