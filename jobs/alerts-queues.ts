import { Queue } from 'bullmq';
import type { FluxEvent } from '../src/alerts/engine/flux-event.ts';
import type { FluxEventSink } from '../src/alerts/sources/flux-event-sink.ts';
import type { ClusterTarget } from '../src/commands/types.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';

/**
 * The two alert queues: `alert-events` (one job per FluxEvent, from the webhook) and `alert-poll`
 * (job schedulers: one per watched cluster, or one for the fleet query).
 */
export const ALERT_EVENTS_QUEUE = 'alert-events';
export const ALERT_POLL_QUEUE = 'alert-poll';

export type PollJobData = { mode: 'cluster'; target: ClusterTarget } | { mode: 'fleet' };

/** Long enough to absorb notification-controller's retries of one POST, short enough at 200 events/s. */
const EVENT_JOB_RETENTION = {
  removeOnComplete: { age: 600, count: 20_000 },
  removeOnFail: { age: 24 * 3600, count: 1000 },
};

export class BullFluxEventSink implements FluxEventSink {
  readonly queue: Queue<FluxEvent>;

  constructor(connection: RedisClient, prefix: string) {
    this.queue = new Queue<FluxEvent>(ALERT_EVENTS_QUEUE, { connection, prefix });
    this.queue.on('error', () => {});
  }

  async enqueue(event: FluxEvent, id: string): Promise<void> {
    await this.queue.add('event', event, {
      jobId: id,
      attempts: 5,
      backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
      ...EVENT_JOB_RETENTION,
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/**
 * Job scheduler ids must not contain ':'; cluster names never do, but be strict anyway. The id also
 * names the poll's lease: one poll of a cluster (or of the fleet) at a time across all workers.
 */
export function pollSchedulerId(data: PollJobData): string {
  return data.mode === 'fleet'
    ? 'poll-fleet'
    : `poll-${data.target.clusterName.toLowerCase().replace(/[^a-z0-9._-]/g, '_')}`;
}

export class PollScheduler {
  readonly queue: Queue<PollJobData>;

  constructor(
    connection: RedisClient,
    prefix: string,
    private readonly everyMs: number,
  ) {
    this.queue = new Queue<PollJobData>(ALERT_POLL_QUEUE, { connection, prefix });
    this.queue.on('error', () => {});
  }

  /** Idempotent: the same id keeps one schedule however often it is upserted (every start, every setup). */
  async schedule(data: PollJobData): Promise<void> {
    await this.queue.upsertJobScheduler(
      pollSchedulerId(data),
      { every: this.everyMs },
      { name: 'poll', data, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
    );
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
