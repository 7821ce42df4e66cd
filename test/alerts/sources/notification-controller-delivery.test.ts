import { PassThrough } from 'node:stream';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LateEvents } from '../../../src/alerts/stores/late-events.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { type AlertsTestApp, CLUSTER, startAlertsApp, subscription } from '../../support/alerts/alerts-app.ts';
import { drained } from '../../support/alerts/drained-queues.ts';
import { type ControllerEvent, forwardEvent, notificationBody } from '../../support/alerts/notification-controller.ts';
import { until } from '../../support/until.ts';

/**
 * What real Flux sends, at the webhook: Go-marshalled bodies, change sets far past 39,000 characters
 * (nothing in Flux truncates; Flux does not retry a 4xx, so a refused event is lost), and clocks
 * that disagree with ours.
 */
const REVISION = 'main@sha1:5f1c3b0e2a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b';

function kustomizationEvent(overrides: Partial<ControllerEvent> = {}): ControllerEvent {
  return {
    involvedObject: {
      kind: 'Kustomization',
      namespace: 'cluster-config',
      name: 'cluster-config-apps',
      uid: '8c0d5e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f',
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      resourceVersion: '90211',
    },
    severity: 'info',
    timestamp: new Date(Date.UTC(2026, 10, 30, 8, 0, 0, 640)),
    message: 'Deployment/apps/web configured',
    reason: 'ReconciliationSucceeded',
    metadata: {
      'kustomize.toolkit.fluxcd.io/revision': REVISION,
      'kustomize.toolkit.fluxcd.io/token': 'not forwarded',
      'kustomize.toolkit.fluxcd.io/checksum': 'not forwarded either',
      'source.toolkit.fluxcd.io/revision': 'another group: dropped',
    },
    reportingController: 'kustomize-controller',
    reportingInstance: 'kustomize-controller-6c8f9d7b5-2lq9z',
    ...overrides,
  };
}

/** A change set of `count` objects, one line each, as kustomize-controller writes it. */
function changeSet(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `Deployment/apps/checkout-service-replica-${String(i).padStart(5, '0')} configured`,
  ).join('\n');
}

describe('notification-controller deliveries at the webhook', () => {
  let t: AlertsTestApp;
  let key: string;
  let events: Queue;
  const logged: string[] = [];

  beforeAll(async () => {
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => logged.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    t = await startAlertsApp({}, createLogger('info', sink));
    key = await t.keys.rotate(CLUSTER);
    await t.subscriptions.add(subscription('slack', 'C-LATE', { severity: 'info' }));
    events = new Queue('alert-events', { connection: { url: t.app.redisUrl }, prefix: t.config.queuePrefix });
  });
  afterAll(async () => {
    await events?.close();
    await t?.close();
  });

  it("writes the body Go's json.Marshal writes: struct order, sorted metadata, HTML-safe escapes", () => {
    const body = notificationBody(
      kustomizationEvent({ message: 'Health check <passed> & "ok"\n— café\u2028end', severity: 'error' }),
    );
    expect(body).toBe(
      '{"involvedObject":{"kind":"Kustomization","namespace":"cluster-config","name":"cluster-config-apps",' +
        '"uid":"8c0d5e1f-2a3b-4c5d-8e9f-0a1b2c3d4e5f","apiVersion":"kustomize.toolkit.fluxcd.io/v1","resourceVersion":"90211"},' +
        '"severity":"error","timestamp":"2026-11-30T08:00:00Z",' +
        '"message":"Health check \\u003cpassed\\u003e \\u0026 \\"ok\\"\\n— café\\u2028end",' +
        `"reason":"ReconciliationSucceeded","metadata":{"revision":"${REVISION}"},` +
        '"reportingController":"kustomize-controller","reportingInstance":"kustomize-controller-6c8f9d7b5-2lq9z"}',
    );
  });

  it('accepts a 5,000-object change set (about 289 KB)', async () => {
    const event = kustomizationEvent({ message: changeSet(5_000) });
    expect(Buffer.byteLength(notificationBody(event))).toBeGreaterThan(285_000);
    const response = await forwardEvent(t.app.url!, CLUSTER, event, key);
    expect(response.status).toBe(202);
    const { accepted } = (await response.json()) as { accepted: string };
    expect((await events.getJob(accepted))?.data).toMatchObject({ kind: 'Kustomization', revision: REVISION });
  });

  it('refuses a body over 4 MiB with 413 and logs which object the lost event was about', async () => {
    const event = kustomizationEvent({ name: 'x', message: changeSet(80_000) } as Partial<ControllerEvent>);
    expect(Buffer.byteLength(notificationBody(event))).toBeGreaterThan(4 * 1024 * 1024);
    expect((await forwardEvent(t.app.url!, CLUSTER, event, key)).status).toBe(413);
    await until('the 413 log line', () => logged.some((line) => line.includes('over the limit')));
    const line = JSON.parse(logged.find((l) => l.includes('over the limit'))!) as Record<string, unknown>;
    expect(line).toMatchObject({ cluster: CLUSTER, object: 'Kustomization/cluster-config/cluster-config-apps' });
  });

  it('accepts an event stamped an hour behind and shows it: a failure opens and closes, a recovery is recorded', async () => {
    const now = new Date(Date.UTC(2026, 10, 30, 10, 0, 0));
    const hourBehind = new Date(now.getTime() - 3_600_000);
    const object = { ...kustomizationEvent().involvedObject, name: 'cluster-config-infra' };
    const healthy = kustomizationEvent({ involvedObject: object, timestamp: now });
    const failed = kustomizationEvent({
      involvedObject: object,
      timestamp: hourBehind,
      severity: 'error',
      reason: 'HealthCheckFailed',
      message: 'health check failed after 5m0s: timeout waiting for: [Deployment/apps/infra status: InProgress]',
    });
    for (const event of [healthy, failed]) {
      expect((await forwardEvent(t.app.url!, CLUSTER, event, key)).status).toBe(202);
      await drained(t.app.redisUrl, t.config.queuePrefix);
    }
    const posted = t.slack.in('C-LATE').filter((m) => m.reply.title?.includes('cluster-config-infra'));
    expect(posted.map((m) => m.reply.title)).toEqual([
      `Resolved: Kustomization cluster-config/cluster-config-infra failure on ${CLUSTER}`,
      `Recovered: Kustomization cluster-config/cluster-config-infra on ${CLUSTER}`,
    ]);

    // A recovery older than the newest state cannot change it: recorded for `alerts list --history`.
    const lateRecovery = kustomizationEvent({
      involvedObject: object,
      timestamp: new Date(hourBehind.getTime() - 60_000),
    });
    expect((await forwardEvent(t.app.url!, CLUSTER, lateRecovery, key)).status).toBe(202);
    await drained(t.app.redisUrl, t.config.queuePrefix);
    const history = await new LateEvents(t.redis, t.config.queuePrefix).recent(5, CLUSTER);
    expect(history[0]).toMatchObject({
      name: 'cluster-config-infra',
      reason: 'ReconciliationSucceeded',
      time: '2026-11-30T08:59:00.000Z',
      newest: '2026-11-30T10:00:00.000Z',
    });
  });
});
