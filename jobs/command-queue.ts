import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type CommandJobData, type CommandQueuePort, QueueUnavailableError } from '../src/submit/ports.ts';
import { COMMAND_JOB_RETENTION, COMMAND_QUEUE } from './queue-names.ts';

/** How long a delivery id is remembered: Slack retries for ≈ 5–6 minutes, Teams for less. */
const DELIVERY_MEMORY_SECONDS = 24 * 3600;

/**
 * The ingress side of the command queue. `enqueue` either succeeds or fails within `timeoutMs`,
 * so an ack is never held hostage by Redis.
 */
export class BullCommandQueue implements CommandQueuePort {
  readonly queue: Queue<CommandJobData>;

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
    private readonly timeoutMs = 2_000,
  ) {
    this.queue = new Queue<CommandJobData>(COMMAND_QUEUE, { connection, prefix });
    // Errors surface through enqueue(); without a listener Node would treat them as unhandled.
    this.queue.on('error', () => {});
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

  close(): Promise<void> {
    return this.queue.close();
  }
}
