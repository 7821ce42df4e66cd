import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertsTestApp, CLUSTER, startAlertsApp, subscription } from '../support/alerts/alerts-app.ts';
import { drained } from '../support/alerts/drained-queues.ts';
import {
  type HelmControllerVersion,
  helmControllerEvent,
  type Release,
} from '../support/alerts/helm-controller-events.ts';
import { type ControllerEvent, forwardEvent } from '../support/alerts/notification-controller.ts';

/**
 * Helm drift as the shipped controllers report it, replayed through the webhook exactly as
 * notification-controller posts it (byte-exact bodies and HMAC). Flux stamps whole seconds and posts
 * each event from its own goroutine, so the two events of one second are delivered in both orders
 * and at once:
 * - `enabled` mode: `DriftDetected` then `DriftCorrected`, the same second;
 * - `warn` mode: `DriftDetected`, then nothing when drift goes away — only a later successful
 *   upgrade of the release says so (here in the same second, the hardest case).
 * Every drift alert that opens also closes, with exactly one recovery that names what closed it.
 */
const CHANNEL = 'C-DRIFT';
const DRIFTED = [
  'Deployment/apps/podinfo changed (0 additions, 1 changes, 0 removals)',
  'Service/apps/podinfo removed',
];

function release(name: string, version: HelmControllerVersion): Release {
  return {
    namespace: 'apps',
    name,
    chart: 'podinfo',
    chartVersion: '6.5.4',
    appVersion: '6.5.4',
    number: 3,
    ociDigest:
      version === '1.4.5' ? 'sha256:9d1e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e' : undefined,
  };
}

const cases = (['1.3.2', '1.4.5'] as const).flatMap((version) =>
  (['enabled', 'warn'] as const).flatMap((mode) =>
    (['in order', 'reversed', 'at once'] as const).map((order) => ({ version, mode, order })),
  ),
);

describe('Helm drift from helm-controller 1.3.2/1.4.5 through notification-controller', () => {
  let t: AlertsTestApp;
  let key: string;

  beforeAll(async () => {
    // Twelve cases post twelve alerts within a minute: above the default burst they would fold into a digest.
    t = await startAlertsApp({ ALERT_BURST: '50' });
    key = await t.keys.rotate(CLUSTER);
    await t.subscriptions.add(subscription('slack', CHANNEL));
  });
  afterAll(async () => {
    await t?.close();
  });

  const deliver = async (events: ControllerEvent[]) => {
    for (const event of events) {
      expect((await forwardEvent(t.app.url!, CLUSTER, event, key)).status).toBe(202);
      // One at a time, so the order under test is the order processed.
      await drained(t.app.redisUrl, t.config.queuePrefix);
    }
  };

  it.each(cases)(
    'helm-controller $version, drift $mode, delivered $order: one alert, one recovery',
    async ({ version, mode, order }) => {
      const name = `podinfo-${version.replaceAll('.', '')}-${mode}-${order.replace(' ', '-')}`;
      const r = release(name, version);
      const second = new Date(Date.UTC(2026, 10, 30, 12, 0, 7, 412));
      const detected = helmControllerEvent(version, r, 'DriftDetected', second, DRIFTED);
      const closing =
        mode === 'enabled'
          ? helmControllerEvent(version, r, 'DriftCorrected', new Date(second.getTime() + 381), DRIFTED)
          : helmControllerEvent(version, { ...r, number: 4 }, 'UpgradeSucceeded', new Date(second.getTime() + 530));
      if (order === 'at once') {
        // Two goroutines posting together, two event jobs running together.
        const statuses = await Promise.all([detected, closing].map((e) => forwardEvent(t.app.url!, CLUSTER, e, key)));
        expect(statuses.map((response) => response.status)).toEqual([202, 202]);
        await drained(t.app.redisUrl, t.config.queuePrefix);
      } else {
        await deliver(order === 'in order' ? [detected, closing] : [closing, detected]);
      }

      const mine = t.slack.in(CHANNEL).filter((m) => m.reply.title?.includes(`apps/${name} `));
      const alertKeys = [...new Set(mine.filter((m) => !m.key.endsWith('-recovered')).map((m) => m.key))];
      const recoveries = mine.filter((m) => m.key.endsWith('-recovered'));
      expect(alertKeys).toHaveLength(1);
      expect(recoveries).toHaveLength(1);
      const alert = t.slack.latest(alertKeys[0]!);
      expect(alert?.reply.title).toBe(`Resolved: HelmRelease apps/${name} drift on ${CLUSTER}`);
      expect(alert?.reply.tables?.[0]?.rows).toEqual(DRIFTED.map((line) => [line]));
      const closedBy = recoveries[0]?.reply.fields?.find((f) => f.label === 'Closed by')?.value;
      expect(closedBy).toBe(
        `${mode === 'enabled' ? 'DriftCorrected' : 'UpgradeSucceeded'} from the Flux webhook event`,
      );
    },
  );
});
