import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { TEST_SECRET_KEY } from '../support/alerts/alerts-app.ts';
import { type RedisCluster, startRedisCluster } from '../support/redis-cluster.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { runTutorialTour } from '../support/tours/tutorial-tour.ts';
import { runWebhookAlertTour } from '../support/tours/webhook-alert-tour.ts';

/**
 * fluxops on a real Redis Cluster of three masters (started here, on free ports), given to it as
 * REDIS_CLUSTER_NODES: the README tour and the Flux webhook's alert flow run unchanged, so BullMQ,
 * every store, script and transaction and the console's pub/sub work there (a key outside the
 * prefix's slot would fail with CROSSSLOT).
 */
describe('on a Redis Cluster (REDIS_CLUSTER_NODES)', () => {
  let cluster: RedisCluster;
  let app: Fluxops;
  beforeAll(async () => {
    cluster = await startRedisCluster();
    app = await startTestApp(
      testConfig({ REDIS_URL: '', REDIS_CLUSTER_NODES: cluster.nodes, FLUXOPS_SECRET_KEY: TEST_SECRET_KEY }),
      { worker: { pollIntervalsMs: [30, 60] } },
    );
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await cluster?.stop();
  });

  it('runs the README tour: create → show → settings → delete → extension delete', async () => {
    await runTutorialTour(app);
  }, 60_000);

  it('posts one alert for a failing HelmRelease and one recovery reply in its thread', async () => {
    await runWebhookAlertTour(app, TEST_SECRET_KEY);
  }, 60_000);
});
