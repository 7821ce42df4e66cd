import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertsTestApp, CLUSTER, startAlertsApp } from '../../support/alerts/alerts-app.ts';
import { helmReleaseEvent, postFluxEvent } from '../../support/alerts/flux-webhook.ts';

/** POST /webhooks/flux/:cluster end to end: real HTTP server, real Redis, real BullMQ. */
describe('Flux webhook ingress', () => {
  let t: AlertsTestApp;
  let key: string;
  let events: Queue;

  beforeAll(async () => {
    t = await startAlertsApp();
    key = await t.keys.rotate(CLUSTER);
    events = new Queue('alert-events', { connection: { url: t.app.redisUrl }, prefix: t.config.queuePrefix });
  });
  afterAll(async () => {
    await events?.close();
    await t?.close();
  });

  const stored = async () => await events.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
  const total = async () => Object.values(await stored()).reduce((a, b) => a + b, 0);

  it('accepts a correctly signed event with 202 and processes it as a job', async () => {
    const response = await postFluxEvent(t.app.url!, CLUSTER, helmReleaseEvent(), key);
    expect(response.status).toBe(202);
    const { accepted } = (await response.json()) as { accepted: string };
    const job = await events.getJob(accepted);
    expect(job?.data).toMatchObject({
      cluster: CLUSTER,
      kind: 'HelmRelease',
      name: 'podinfo',
      reason: 'UpgradeFailed',
      revision: '6.5.4',
    });
  });

  it('answers 401 and stores nothing for a wrong key, a missing signature or an unknown cluster', async () => {
    const before = await total();
    expect((await postFluxEvent(t.app.url!, CLUSTER, helmReleaseEvent({ second: 7 }), 'not-the-key')).status).toBe(401);
    const unsigned = await fetch(`${t.app.url}/webhooks/flux/${CLUSTER}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(helmReleaseEvent({ second: 8 })),
    });
    expect(unsigned.status).toBe(401);
    expect((await postFluxEvent(t.app.url!, 'flux-demo-aks', helmReleaseEvent({ second: 9 }), key)).status).toBe(401);
    expect(await total()).toBe(before);
  });

  it('counts a re-delivered POST once', async () => {
    const event = helmReleaseEvent({ second: 20 });
    const first = (await (await postFluxEvent(t.app.url!, CLUSTER, event, key)).json()) as { accepted: string };
    const before = await total();
    const second = (await (await postFluxEvent(t.app.url!, CLUSTER, event, key)).json()) as { accepted: string };
    expect(second.accepted).toBe(first.accepted);
    expect(await total()).toBe(before);
  });

  it('refuses bodies over the limit with 413 and malformed events with 400', async () => {
    const huge = helmReleaseEvent({ message: 'x'.repeat(5 * 1024 * 1024) });
    expect((await postFluxEvent(t.app.url!, CLUSTER, huge, key)).status).toBe(413);
    expect((await postFluxEvent(t.app.url!, CLUSTER, { reason: 'UpgradeFailed' }, key)).status).toBe(400);
  });
});
