import type { Worker } from 'bullmq';
import type { AuditLog } from '../src/access/audit-log.ts';
import type { CommandJobData } from '../src/submit/queue-port.ts';
import type { CommandJobResult } from './command-worker.ts';

/**
 * The audit trail's "finished" entries, from the command worker's own completion events: a job that
 * completed with its final status, or failed for good (not a failure BullMQ is about to retry).
 * Audit writes never fail a command, so their errors are dropped here.
 */
export function auditCommandOutcomes(worker: Worker<CommandJobData>, audit: AuditLog): void {
  const finished = (data: CommandJobData, status: string) =>
    void audit
      .record({
        event: 'finished',
        platform: data.address.platform,
        channel: data.address.channel,
        user: data.user.name ?? data.user.id,
        display: data.display,
        jobId: data.jobId,
        status,
      })
      .catch(() => {});
  worker.on('completed', (job, result: CommandJobResult | undefined) =>
    finished(job.data, result?.status ?? 'succeeded'),
  );
  worker.on('failed', (job) => {
    if (!job || (job.attemptsMade < (job.opts.attempts ?? 1) && !job.finishedOn)) return;
    finished(job.data, 'failed');
  });
}
