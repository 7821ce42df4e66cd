import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertsTestApp, CLUSTER, startAlertsApp, subscription } from '../../support/alerts/alerts-app.ts';
import { drained } from '../../support/alerts/drained-queues.ts';
import { helmReleaseEvent, postFluxEvent } from '../../support/alerts/flux-webhook.ts';

/** Two channels with different filters, mutes, and the digest above ALERT_BURST. */
describe('alert routing', () => {
  let t: AlertsTestApp;
  let key: string;

  const post = async (events: unknown[]) => {
    for (const event of events) expect((await postFluxEvent(t.app.url!, CLUSTER, event, key)).status).toBe(202);
    await drained(t.app.redisUrl, t.config.queuePrefix);
  };
  const titles = (channel: string) =>
    t.slack.keys(channel).map((messageKey) => t.slack.latest(messageKey)?.reply.title);

  beforeAll(async () => {
    t = await startAlertsApp({ ALERT_BURST: '3' });
    key = await t.keys.rotate(CLUSTER);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives two channels exactly what their filters say', async () => {
    await t.subscriptions.add(subscription('slack', 'C-HELM', { kinds: ['helmrelease'], cluster: CLUSTER }));
    await t.subscriptions.add(
      subscription('slack', 'C-APPS', {
        severity: 'info',
        kinds: ['kustomization'],
        namespaces: ['cluster-config'],
        exclude: '^Kustomization/cluster-config/cluster-config-infra$',
      }),
    );
    await post([
      helmReleaseEvent({ name: 'podinfo', second: 1 }),
      helmReleaseEvent({ kind: 'Kustomization', name: 'cluster-config-apps', reason: 'HealthCheckFailed', second: 2 }),
      helmReleaseEvent({ kind: 'Kustomization', name: 'cluster-config-infra', reason: 'BuildFailed', second: 3 }),
      helmReleaseEvent({ kind: 'Kustomization', name: 'tenant', namespace: 'other', reason: 'BuildFailed', second: 4 }),
      // Info level: a dependency wait reaches only the channel subscribed at --severity info.
      helmReleaseEvent({
        kind: 'Kustomization',
        name: 'cluster-config-web',
        severity: 'info',
        reason: 'DependencyNotReady',
        second: 5,
      }),
      helmReleaseEvent({ name: 'redis', severity: 'info', reason: 'DependencyNotReady', second: 6 }),
    ]);
    expect(titles('C-HELM')).toEqual(['HelmRelease cluster-config/podinfo is failing on flux-demo-arc']);
    expect(titles('C-APPS').sort()).toEqual([
      'Kustomization cluster-config/cluster-config-apps is failing on flux-demo-arc',
      'Kustomization cluster-config/cluster-config-web is failing on flux-demo-arc',
    ]);
    expect(t.teams.messages).toHaveLength(0);
  });

  it('keeps a muted object out of the channel that muted it', async () => {
    await t.mutes.mute('slack:C-HELM', 'HelmRelease', 'nginx', 3600, 'alice');
    await post([helmReleaseEvent({ name: 'nginx', second: 10 }), helmReleaseEvent({ name: 'grafana', second: 11 })]);
    expect(titles('C-HELM').filter((title) => title?.includes('grafana'))).toHaveLength(1);
    expect(titles('C-HELM').some((title) => title?.includes('nginx'))).toBe(false);
  });

  it('collapses alerts above ALERT_BURST in a minute into one digest that updates', async () => {
    await t.subscriptions.add(subscription('slack', 'C-BURST'));
    // Keep the burst inside one minute window, whatever the wall clock says.
    const msIntoMinute = Date.now() % 60_000;
    if (msIntoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - msIntoMinute + 100));
    await post(Array.from({ length: 6 }, (_, i) => helmReleaseEvent({ name: `burst-${i}`, second: 100 + i })));
    const keys = t.slack.keys('C-BURST');
    const digests = keys.filter((messageKey) => messageKey.startsWith('dg-'));
    expect(keys).toHaveLength(4);
    expect(digests).toHaveLength(1);
    const digest = t.slack.latest(digests[0]!);
    expect(digest?.reply.title).toBe('Flux alert digest: 3 alerts (3 still open)');
    expect(digest?.reply.tables?.[0]?.rows.map((row) => row[0]).sort()).toEqual([
      'HelmRelease cluster-config/burst-3',
      'HelmRelease cluster-config/burst-4',
      'HelmRelease cluster-config/burst-5',
    ]);
    // A recovery of a digested alert updates the digest line instead of posting.
    await post([helmReleaseEvent({ name: 'burst-5', severity: 'info', reason: 'UpgradeSucceeded', second: 200 })]);
    expect(t.slack.keys('C-BURST')).toHaveLength(4);
    expect(t.slack.latest(digests[0]!)?.reply.title).toBe('Flux alert digest: 3 alerts (2 still open)');
  });
});
