import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AlertsTestApp, CLUSTER, startAlertsApp, subscription } from '../support/alerts/alerts-app.ts';
import { drained } from '../support/alerts/drained-queues.ts';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';

/**
 * A failing HelmRelease reported 1,000 times, as the notify queue sees it: one new key per channel
 * then updates, one thread reply on recovery, nothing new after a restart and a replay.
 */
describe('alert stream of one failing HelmRelease', () => {
  let t: AlertsTestApp;
  let key: string;

  const post = async (events: unknown[]) => {
    for (let start = 0; start < events.length; start += 50) {
      const statuses = await Promise.all(
        events
          .slice(start, start + 50)
          .map(async (event) => (await postFluxEvent(t.app.url!, CLUSTER, event, key)).status),
      );
      expect(statuses.every((status) => status === 202)).toBe(true);
    }
    await drained(t.app.redisUrl, t.config.queuePrefix);
  };

  beforeAll(async () => {
    t = await startAlertsApp();
    key = await t.keys.rotate(CLUSTER);
    await t.subscriptions.add(subscription('slack', 'C-ONCALL'));
    await t.subscriptions.add(subscription('teams', '19:oncall@thread.tacv2'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('posts exactly one message per channel for 1,000 identical failures, then updates it', async () => {
    const failures = Array.from({ length: 500 }, (_, second) => helmReleaseEvent({ second }));
    await post(failures);
    // Restart mid-stream: the engine's state is in Redis, so the rest continues the same message.
    await t.stop();
    await t.restart();
    const rest = Array.from({ length: 500 }, (_, i) => helmReleaseEvent({ second: 500 + i }));
    // Replay the last 100 already-processed events too, as a re-sending controller would after our restart.
    await post([...failures.slice(400), ...rest]);

    for (const [recorder, channel] of [
      [t.slack, 'C-ONCALL'],
      [t.teams, '19:oncall@thread.tacv2'],
    ] as const) {
      const keys = recorder.keys(channel);
      expect(keys).toHaveLength(1);
      expect(recorder.in(channel).length).toBeGreaterThan(1);
      const latest = recorder.latest(keys[0]!);
      expect(latest?.reply.status).toBe('failed');
      expect(latest?.reply.title).toBe('HelmRelease cluster-config/podinfo is failing on flux-demo-arc');
      const fields = latest?.reply.fields ?? [];
      expect(fields).toContainEqual({ label: 'Occurrences', value: '1000' });
      expect(fields).toContainEqual({ label: 'Reason', value: 'UpgradeFailed' });
      expect(fields).toContainEqual({ label: 'Since', value: '2026-11-22T09:00:00.000Z' });
      expect(fields.find((f) => f.label === 'Revision')?.value).toContain('6.5.4');
      expect(latest?.reply.actions?.map((action) => action.command)).toEqual([
        'reconcile podinfo --namespace cluster-config --kind HelmRelease',
        'events podinfo --namespace cluster-config',
        'logs helm-controller',
        'alerts mute helmrelease/podinfo 1h',
      ]);
    }
  });

  it('answers the recovery with one thread reply and marks the alert resolved', async () => {
    const alertKey = t.slack.keys('C-ONCALL')[0]!;
    const recovered = helmReleaseEvent({
      second: 2000,
      severity: 'info',
      reason: 'UpgradeSucceeded',
      message: 'Helm upgrade succeeded for release cluster-config/podinfo with chart podinfo@6.5.5',
    });
    await post([recovered, recovered]);
    const keys = t.slack.keys('C-ONCALL');
    expect(keys).toHaveLength(2);
    const reply = t.slack.in('C-ONCALL').filter((message) => message.threadOf !== undefined);
    expect(new Set(reply.map((message) => message.key)).size).toBe(1);
    expect(reply[0]).toMatchObject({ threadOf: alertKey, reply: { status: 'succeeded' } });
    expect(reply[0]?.reply.title).toBe('Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc');
    expect(t.slack.latest(alertKey)?.reply.title).toBe(
      'Resolved: HelmRelease cluster-config/podinfo failure on flux-demo-arc',
    );
    expect(t.teams.keys('19:oncall@thread.tacv2')).toHaveLength(2);
  });
});
