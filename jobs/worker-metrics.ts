import type { Job, Worker } from 'bullmq';
import { metrics } from '../src/platform/metrics.ts';
import { ALERT_EVENTS_QUEUE } from './alerts-queues.ts';
import { COMMAND_QUEUE } from './queue-names.ts';

/**
 * Feeds a worker's finished jobs into the metrics: time waited and run (every queue), commands by
 * kind and final status, alert events by source and transition with their end-to-end lag.
 */
export function instrumentWorker(worker: Worker): void {
  worker.on('completed', (job, result) => observe(worker.name, job, result));
  worker.on('failed', (job) => {
    if (job) observe(worker.name, job, { status: 'failed' });
  });
}

function observe(queue: string, job: Job, result: unknown): void {
  const { timestamp, processedOn, finishedOn } = job;
  if (processedOn) metrics.jobWait.observe({ queue }, Math.max(0, processedOn - timestamp) / 1000);
  if (processedOn && finishedOn) metrics.jobDuration.observe({ queue }, Math.max(0, finishedOn - processedOn) / 1000);
  if (queue === COMMAND_QUEUE) {
    const status = (result as { status?: string } | undefined)?.status ?? 'unknown';
    metrics.commands.inc({ kind: job.name, status });
  }
  if (queue === ALERT_EVENTS_QUEUE) {
    const source = (job.data as { source?: string }).source ?? 'unknown';
    metrics.alertEvents.inc({ source, transition: typeof result === 'string' ? result : 'failed' });
    if (finishedOn) metrics.alertLag.observe(Math.max(0, finishedOn - timestamp) / 1000);
  }
}
