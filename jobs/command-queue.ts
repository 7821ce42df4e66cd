import { Queue } from 'bullmq';
import type { RedisClient } from '../src/platform/redis-client.ts';
import { waitReady } from '../src/platform/wait-redis-ready.ts';
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

/** How long one WAIT for the replicas may take before the job is looked for on the (new) master. */
const REPLICA_WAIT_MS = 250;

/**
 * How long the sentinels take to move clients off a master they deposed (`+switch-master`): a job
 * still on the same master, over the same connection, after this long was not written to a deposed one.
 */
const SETTLE_MS = 800;

/**
 * The ingress side of the command queue. `enqueue` either succeeds or fails within `timeoutMs`,
 * so an ack is never held hostage by Redis.
 *
 * With `replicas` > 0 (Sentinel), "Queued." also means the job survives a failover: Redis
 * replicates asynchronously, so a job written to a master that fails over a moment later would
 * vanish with it, and its command would never be answered. Rules:
 * 1. after the add, WAIT until `replicas` replicas acknowledged it;
 * 2. short of that, once the connection is ready again (a failover reconnects it to the new
 *    master), add the job again where it is missing (the same job id, so never twice);
 * 3. a master with no replica in sync (right after a failover, before the old master follows the
 *    new one) cannot acknowledge: there the job counts once it is on the master the connection is on
 *    SETTLE_MS later, when the sentinels have moved clients off a deposed master;
 * 4. all within `timeoutMs`; else, if the job is on the master after all it counts as queued (a
 *    worker may already run it), and otherwise the command is answered "queue unavailable".
 */
export class BullCommandQueue implements CommandQueuePort {
  readonly queue: Queue<CommandJobData>;
  readonly previews: Queue<ConfirmPreviewData>;

  constructor(
    private readonly connection: RedisClient,
    private readonly prefix: string,
    private readonly timeoutMs = 2_000,
    private readonly replicas = 0,
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
      await Promise.race([this.add(data), timeout]);
      if (this.replicas > 0) await Promise.race([this.replicated(data, Date.now() + this.timeoutMs), timeout]);
      return { duplicate: false };
    } catch (error) {
      // Forget the marker so the user's retry is not mistaken for a duplicate of a job that never was.
      // Rule 4: a job that landed all the same is queued; refusing it would say "nothing changed" falsely.
      if (markerSet && this.replicas > 0 && (await this.landed(data.jobId))) return { duplicate: false };
      if (markerSet) await this.connection.del(marker).catch(() => {});
      if (error instanceof QueueUnavailableError) throw error;
      throw new QueueUnavailableError(error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private add(data: CommandJobData) {
    return this.queue.add(data.command.kind, data, {
      jobId: data.jobId,
      attempts: 5,
      backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
      ...COMMAND_JOB_RETENTION,
    });
  }

  /** Rules 1-3: resolves once the job will survive a failover; throws at `deadline` (rule 4). */
  private async replicated(data: CommandJobData, deadline: number): Promise<void> {
    while (Date.now() < deadline) {
      const acknowledged = await this.connection.wait(this.replicas, REPLICA_WAIT_MS).catch(() => 0);
      if (acknowledged >= this.replicas) return;
      await waitReady(this.connection, Math.max(0, deadline - Date.now()));
      if (!(await this.onMaster(data.jobId))) {
        await this.add(data).catch(() => {});
        continue;
      }
      if (await this.masterHasReplica()) continue;
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (await this.onMaster(data.jobId)) return;
    }
    throw new QueueUnavailableError('the job did not reach a replica in time');
  }

  /** Rule 4: whether the job is on the master, asked for at most REPLICA_WAIT_MS. */
  private async landed(jobId: string): Promise<boolean> {
    const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), REPLICA_WAIT_MS).unref());
    return Promise.race([this.onMaster(jobId), late]);
  }

  private async onMaster(jobId: string): Promise<boolean> {
    return (await this.queue.getJob(jobId).catch(() => undefined)) !== undefined;
  }

  /** A replica that can acknowledge: connected and in sync (`state=online`), not still loading the master's data. */
  private async masterHasReplica(): Promise<boolean> {
    const info = await this.connection.info('replication').catch(() => '');
    return /^slave\d+:.*state=online/m.test(info);
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.previews.close()]);
  }
}
