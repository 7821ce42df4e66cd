import { afterAll, describe, expect, it } from 'vitest';
import { BullFluxEventSink } from '../../jobs/alerts-queues.ts';
import { clusterEventId } from '../../jobs/cluster-alerts.ts';
import { ClusterEventBuffer } from '../../jobs/cluster-event-buffer.ts';
import { createConnection } from '../../jobs/connection.ts';
import type { ClusterFluxEvent } from '../../src/cluster/watch/cluster-event.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis.ts';
import { testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * Cluster-watcher events while Redis is down: held in memory, replayed in order once Redis is back,
 * bounded (the oldest dropped past capacity). A real redis-server of the test's own is stopped and
 * started again; the events go through the real BullMQ sink.
 */
function event(name: string): ClusterFluxEvent {
  return {
    cluster: 'flux-demo-arc',
    kind: 'HelmRelease',
    namespace: 'cluster-config',
    name,
    reason: 'ReconciliationFailed',
    severity: 'error',
    message: `${name} failed`,
    time: new Date().toISOString(),
    source: 'cluster',
  };
}

describe('ClusterEventBuffer', () => {
  let redis: PrivateRedis | undefined;
  const connections: RedisClient[] = [];
  afterAll(async () => {
    for (const c of connections) c.disconnect();
    await redis?.stop();
  });

  it('holds events while Redis is down and replays them in order when it is back', async () => {
    redis = await startPrivateRedis();
    const producer = createConnection(redis.url, 'producer', createLogger('silent'));
    connections.push(producer);
    const sink = new BullFluxEventSink(producer, testPrefix());
    const buffer = new ClusterEventBuffer((e) => sink.enqueue(e, clusterEventId(e)), createLogger('silent'), 2, 100);
    // Connected and used once, as in a running process; then Redis goes away.
    await buffer.offer(event('zero'));
    await redis.stop();
    for (const name of ['one', 'two', 'three']) await buffer.offer(event(name));
    // Capacity 2: the oldest ("one") is dropped, the other two are held.
    expect(buffer.size).toBe(2);

    await redis.start();
    await until('the held events to be replayed', () => buffer.size === 0, { timeoutMs: 10_000 });
    const jobs = await sink.queue.getJobs(['wait', 'prioritized', 'active', 'completed'], 0, 10, true);
    // The restarted Redis kept nothing ("zero" went with it); the held events arrive, oldest first.
    expect(jobs.map((job) => job.data.name)).toEqual(['two', 'three']);
    buffer.close();
    await sink.close();
  }, 30_000);
});
