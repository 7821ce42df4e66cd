import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import { type Deliverer, DeliveryRateLimitedError } from '../src/notify/deliverer.ts';
import { LatestSeqs } from '../src/notify/latest-seqs.ts';
import type { NotifyMessage } from '../src/notify/notify-port.ts';
import type { Logger } from '../src/platform/logger.ts';
import { metrics } from '../src/platform/metrics.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import type { Sealer } from '../src/platform/seal.ts';
import { inSpan } from '../src/platform/tracing.ts';
import { type NotifyJobData, openNotifyJob } from './notify-queue.ts';
import { NOTIFY_QUEUE } from './queue-names.ts';
import { TAKEOVER } from './takeover.ts';

/** Deliveries in flight per process; pacing is per conversation (ChannelPacer), not these slots. */
const DELIVERY_CONCURRENCY = 32;

/**
 * Delivers notify jobs through the adapter of the message's platform. A platform's 429 moves the
 * job back with the platform's own Retry-After instead of dropping it.
 *
 * Pacing is per conversation and kept in Redis (ChannelPacer), not by this worker's concurrency, so
 * many deliveries may be in flight: each mostly waits on Redis and the platform's HTTP answer, and
 * an alert burst across many channels must not queue behind a handful of slots.
 *
 * A sensitive reply stays sealed in Redis; it is opened here, in memory, for each attempt.
 *
 * Updates to one message coalesce on platforms that edit it in place: an update whose key already
 * has a newer update queued is skipped (latest wins) — a job's progress steps, an alert's repeated
 * edits. The final state is never dropped: it is the newest. A confirmation prompt and its preview
 * always go, since the preview only edits a prompt that was posted.
 */
async function isSuperseded(latest: LatestSeqs, message: NotifyMessage): Promise<boolean> {
  return message.reply.status !== 'confirm' && (await latest.superseded(message.key, message.seq));
}

export function startNotifyWorker(options: {
  connection: RedisClient;
  prefix: string;
  deliverers: Deliverer[];
  /** Opens sensitive replies (the sealer BullNotifyQueue sealed them with). */
  sealer?: Sealer;
  logger: Logger;
  concurrency?: number;
}): Worker<NotifyJobData> {
  const byPlatform = new Map(options.deliverers.map((d) => [d.platform, d]));
  const latest = new LatestSeqs(options.connection, options.prefix);
  const worker = new Worker<NotifyJobData>(
    NOTIFY_QUEUE,
    async (job, token) => {
      const deliverer = byPlatform.get(job.data.address.platform);
      if (!deliverer) {
        throw new UnrecoverableError(`no adapter for platform ${job.data.address.platform} in this process`);
      }
      const platform = job.data.address.platform;
      try {
        const message = openNotifyJob(job.data, options.sealer);
        if (deliverer.coalescesUpdates && (await isSuperseded(latest, message))) {
          metrics.deliveries.inc({ platform, result: 'coalesced' });
          return;
        }
        await inSpan(
          'fluxops.deliver',
          { 'fluxops.platform': platform },
          () => deliverer.deliver(message),
          job.data.trace,
        );
        metrics.deliveries.inc({ platform, result: 'delivered' });
      } catch (error) {
        if (error instanceof DeliveryRateLimitedError) {
          metrics.deliveries.inc({ platform, result: 'rate_limited' });
          metrics.rateLimitWaits.inc({ platform });
          options.logger.info(
            { key: job.data.key, retryAfterMs: error.retryAfterMs },
            'chat platform rate limit; waiting',
          );
          await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
          throw new DelayedError();
        }
        metrics.deliveries.inc({ platform, result: 'failed' });
        throw error;
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? DELIVERY_CONCURRENCY,
      ...TAKEOVER,
    },
  );
  worker.on('failed', (job, error) => {
    options.logger.warn({ key: job?.data.key, err: error.message }, 'notify delivery failed');
  });
  worker.on('error', (error) => options.logger.warn({ err: error.message }, 'notify worker error'));
  return worker;
}
