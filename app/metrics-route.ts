import type { Queue } from 'bullmq';
import type { Router } from '../src/platform/http-router.ts';
import { metrics, metricsRegistry } from '../src/platform/metrics.ts';
import { bounded } from './bounded.ts';

/** How long a scrape waits for the queue counts; past it the last values are served. */
const COUNT_TIMEOUT_MS = 1_000;

/**
 * GET /metrics in Prometheus' text format, on the web port and a worker's HEALTH_PORT. The queue
 * gauges are read at scrape time; a Redis that does not answer leaves their last values (and
 * `fluxops_redis_errors_total` says why) rather than failing the scrape.
 */
export function registerMetricsRoute(router: Router, queues: Queue[]): void {
  router.add('GET', '/metrics', async (_req, res) => {
    await bounded(Promise.all(queues.map(readDepth)), COUNT_TIMEOUT_MS);
    const body = await metricsRegistry.metrics();
    res.writeHead(200, { 'content-type': metricsRegistry.contentType });
    res.end(body);
  });
}

async function readDepth(queue: Queue): Promise<void> {
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'failed', 'prioritized');
  for (const [state, count] of Object.entries(counts)) metrics.queueDepth.set({ queue: queue.name, state }, count);
}
