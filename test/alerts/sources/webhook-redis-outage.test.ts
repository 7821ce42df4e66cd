import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { WebhookKeys } from '../../../src/alerts/stores/webhook-keys.ts';
import { createSealer } from '../../../src/platform/seal.ts';
import { TEST_SECRET_KEY } from '../../support/alerts/alerts-app.ts';
import { helmReleaseEvent, postFluxEvent } from '../../support/alerts/flux-webhook.ts';
import { type PrivateRedis, startPrivateRedis } from '../../support/private-redis.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';

/**
 * The webhook while Redis is down: 503 with Retry-After — a 5xx notification-controller retries —
 * whether the key lookup or the enqueue is what fails, never a 500 or a 4xx that Flux would drop.
 */
describe('Flux webhook during a Redis outage', () => {
  let redis: PrivateRedis | undefined;
  let app: Fluxops | undefined;
  let store: Redis | undefined;
  afterAll(async () => {
    store?.disconnect();
    // Redis back first, so the app's graceful stop has a queue to talk to.
    await redis?.start();
    await app?.close().catch(() => {});
    await redis?.stop();
  });

  it('answers 503 with Retry-After while Redis is down, from the key lookup and from the enqueue', async () => {
    redis = await startPrivateRedis();
    const config = testConfig({ REDIS_URL: redis.url, FLUXOPS_SECRET_KEY: TEST_SECRET_KEY, SHUTDOWN_GRACE: '3s' });
    app = await startTestApp(config);
    store = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    const keys = new WebhookKeys(store, config.queuePrefix, createSealer(TEST_SECRET_KEY));
    const key = await keys.rotate('flux-demo-arc');
    const otherKey = await keys.rotate('flux-demo-aks');
    expect((await postFluxEvent(app.url!, 'flux-demo-arc', helmReleaseEvent(), key)).status).toBe(202);

    await redis.stop();
    // flux-demo-arc's key is cached, so the enqueue is what fails; flux-demo-aks's key must be read.
    for (const [cluster, secret] of [
      ['flux-demo-arc', key],
      ['flux-demo-aks', otherKey],
    ] as const) {
      const response = await postFluxEvent(app.url!, cluster, helmReleaseEvent({ name: 'podinfo2' }), secret);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  }, 30_000);
});
