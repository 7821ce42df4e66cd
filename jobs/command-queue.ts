import { Queue } from 'bullmq';
import type { RedisClient } from '../src/platform/redis-client.ts';
import {
  type CommandJobData,
  type CommandQueuePort,
  type ConfirmPreviewData,
  QueueUnavailableError,
} from '../src/submit/queue-port.ts';
import { COMMAND_JOB_RETENTION, COMMAND_QUEUE } from './queue-names.ts';

/**
 * Confirmation previews have a queue of their own: a preview must not wait behind a command that
 * follows compliance for ten minutes, and it is not a command (no audit entry, no job in `jobs`).
 */
export const PREVIEW_QUEUE = 'confirm-previews';

/**
 * Previews start a moment after the prompt went out, so an adapter that learns the prompt's message
 * id only once it is sent (Teams) has recorded it before the update arrives.
 */
const PREVIEW_DELAY_MS = 1_500;

/** How long a delivery id is remembered: Slack retries for ≈ 5–6 minutes, Teams for less. */
const DELIVERY_MEMORY_SECONDS = 24 * 3600;

/**
 * The ingress side of the command queue. `enqueue` either succeeds or fails within `timeoutMs`,
 * so an ack is never held hostage by Redis.
 */
export class BullCommandQueue implements CommandQueuePort {
  readonly queue: Queue<CommandJobData>;
  readonly previews: Queue<ConfirmPreviewData>;

  constructor(
    private readonly connection: RedisClient,
    private readonly prefix: string,
    private readonly timeoutMs = 2_000,
  ) {
    this.queue = new Queue<CommandJobData>(COMMAND_QUEUE, { connection, prefix });
    // Errors surface through enqueue(); without a listener Node would treat them as unhandled.
    this.queue.on('error', () => {});
    this.previews = new Queue<ConfirmPreviewData>(PREVIEW_QUEUE, { connection, prefix });
    this.previews.on('error', () => {});
  }

  /** Best effort: one attempt plus one retry, removed once done (the prompt is gone in 10 minutes anyway). */
  async preview(data: ConfirmPreviewData): Promise<void> {
    await this.previews.add('preview', data, {
      jobId: data.key,
      delay: PREVIEW_DELAY_MS,
      attempts: 2,
      backoff: { type: 'fixed', delay: 1_000 },
      removeOnComplete: true,
      removeOnFail: { age: 600 },
    });
  }

  async enqueue(data: CommandJobData): Promise<{ duplicate: boolean }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailableError('queue did not answer in time')), this.timeoutMs);
    });
    // A delivery marker (SET NX) tells a redelivery apart even after the first job was removed by
    // retention; BullMQ alone would silently ignore or, after removal, re-run it.
    const marker = `${this.prefix}:delivery:${data.jobId}`;
    let markerSet = false;
    try {
      const first = await Promise.race([
        this.connection.set(marker, '1', 'EX', DELIVERY_MEMORY_SECONDS, 'NX'),
        timeout,
      ]);
      if (first === null) return { duplicate: true };
      markerSet = true;
      const add = this.queue.add(data.command.kind, data, {
        jobId: data.jobId,
        attempts: 5,
        backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
        ...COMMAND_JOB_RETENTION,
      });
      await Promise.race([add, timeout]);
      return { duplicate: false };
    } catch (error) {
      // Forget the marker so the user's retry is not mistaken for a duplicate of a job that never was.
      if (markerSet) await this.connection.del(marker).catch(() => {});
      if (error instanceof QueueUnavailableError) throw error;
      throw new QueueUnavailableError(error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.previews.close()]);
  }
}
