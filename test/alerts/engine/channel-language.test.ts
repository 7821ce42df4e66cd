import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../adapters/console/render-text.ts';
import { renderMessage } from '../../../adapters/slack/render/render-message.ts';
import { renderCard } from '../../../adapters/teams/render-card.ts';
import { ChannelContextStore } from '../../../src/submit/channel-context-store.ts';
import { type AlertsTestApp, CLUSTER, startAlertsApp, subscription } from '../../support/alerts/alerts-app.ts';
import { drained } from '../../support/alerts/drained-queues.ts';
import { helmReleaseEvent, postFluxEvent } from '../../support/alerts/flux-webhook.ts';

/**
 * Alerts have no single reader: they speak the language the channel chose with `use --lang`, through
 * the real path (signed Flux webhook → event queue → engine → notify queue → deliverer recorders). The
 * recovery, posted in the alert's thread, speaks the same language as its alert.
 */
const JA = 'C-JA-ONCALL';
const FR = '19:fr-oncall@thread.tacv2';
const EN = 'C-EN-ONCALL';

describe('alerts in the channel language', () => {
  let t: AlertsTestApp;
  let key: string;
  let contexts: ChannelContextStore;

  const post = async (events: unknown[]) => {
    for (const event of events) expect((await postFluxEvent(t.app.url!, CLUSTER, event, key)).status).toBe(202);
    await drained(t.app.redisUrl, t.config.queuePrefix);
  };

  beforeAll(async () => {
    t = await startAlertsApp();
    key = await t.keys.rotate(CLUSTER);
    const ja = subscription('slack', JA);
    const fr = subscription('teams', FR);
    await t.subscriptions.add(ja);
    await t.subscriptions.add(fr);
    await t.subscriptions.add(subscription('slack', EN));
    // What `use --lang ja` / `use --lang fr` keep with the channel's context.
    contexts = new ChannelContextStore(t.redis, t.config.queuePrefix);
    await contexts.setLocale(ja.address, 'ja');
    await contexts.setLocale(fr.address, 'fr');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('posts the alert in Japanese to the ja channel, in French to the fr channel, in English elsewhere', async () => {
    await post([helmReleaseEvent({ second: 0 }), helmReleaseEvent({ second: 1 })]);

    const ja = t.slack.latest(t.slack.keys(JA)[0]!)?.reply;
    expect(ja?.title).toBe('flux-demo-arc で HelmRelease cluster-config/podinfo が失敗しています');
    expect(ja?.fields).toContainEqual({ label: '理由', value: 'UpgradeFailed' });
    expect(ja?.fields).toContainEqual({ label: '発生回数', value: '2' });
    expect(ja?.actions?.map((a) => a.label)).toEqual(['調整', 'イベント', 'ログ', '1 時間ミュート']);
    // Commands on buttons stay commands.
    expect(ja?.actions?.[0]?.command).toBe('reconcile podinfo --namespace cluster-config --kind HelmRelease');
    // Flux's own message is Flux's words.
    expect(ja?.text).toContain('Helm upgrade failed for release cluster-config/podinfo');

    const fr = t.teams.latest(t.teams.keys(FR)[0]!)?.reply;
    expect(fr?.title).toBe('HelmRelease cluster-config/podinfo est en échec sur flux-demo-arc');
    expect(fr?.fields).toContainEqual({ label: 'Raison', value: 'UpgradeFailed' });
    expect(fr?.actions?.[0]?.label).toBe('Rapprocher');

    const en = t.slack.latest(t.slack.keys(EN)[0]!)?.reply;
    expect(en?.title).toBe('HelmRelease cluster-config/podinfo is failing on flux-demo-arc');
  });

  it('carries the channel language on the reply, so every renderer draws its chrome in it', async () => {
    const ja = t.slack.latest(t.slack.keys(JA)[0]!)!.reply;
    expect(ja.locale).toBe('ja');
    const console = renderText(ja);
    expect(console).toContain('── クラスター flux-demo-arc');
    expect(console).toContain('次に: `reconcile podinfo --namespace cluster-config --kind HelmRelease`');
    expect(console).not.toMatch(/Next:|── cluster/);
    expect(JSON.stringify(renderMessage(ja).blocks)).toContain('クラスター flux-demo-arc');

    const fr = t.teams.latest(t.teams.keys(FR)[0]!)!.reply;
    expect(fr.locale).toBe('fr');
    const card = JSON.stringify(renderCard(fr));
    expect(card).toContain('Échec');
    expect(card).not.toContain('"Failed"');

    expect(t.slack.latest(t.slack.keys(EN)[0]!)?.reply.locale).toBeUndefined();
  });

  it('answers the recovery in the language of its alert, and marks the alert resolved in it', async () => {
    // The channel switches language while the incident is open: its alert and recovery stay one language.
    await contexts.setLocale(subscription('slack', JA).address, 'fr');
    await post([
      helmReleaseEvent({
        second: 120,
        severity: 'info',
        reason: 'UpgradeSucceeded',
        message: 'Helm upgrade succeeded for release cluster-config/podinfo with chart podinfo@6.5.5',
      }),
    ]);

    const [alertKey] = t.slack.keys(JA);
    const recovery = t.slack.in(JA).find((message) => message.threadOf === alertKey)?.reply;
    expect(recovery?.title).toBe('復旧: flux-demo-arc の HelmRelease cluster-config/podinfo');
    expect(recovery?.text).toMatch(/^HelmRelease cluster-config\/podinfo は 2 分後に正常に戻りました \(報告 2 回\)。/);
    expect(recovery?.text).toContain('UpgradeSucceeded: Helm upgrade succeeded');
    expect(recovery?.fields?.[0]).toEqual({
      label: '解決の根拠',
      value: 'Flux の webhook イベント からの UpgradeSucceeded',
    });
    expect(t.slack.latest(alertKey!)?.reply.title).toBe(
      '解決済み: flux-demo-arc での HelmRelease cluster-config/podinfo の失敗',
    );

    expect(recovery?.locale).toBe('ja');
    expect(renderText(recovery!)).toContain('── クラスター flux-demo-arc');

    const [frKey] = t.teams.keys(FR);
    const frRecovery = t.teams.in(FR).find((message) => message.threadOf === frKey)?.reply;
    expect(frRecovery?.title).toBe('Rétabli : HelmRelease cluster-config/podinfo sur flux-demo-arc');
    // Intl writes a no-break space between number and unit in French.
    expect(frRecovery?.text).toMatch(/est de nouveau sain après 2\smin \(signalé 2 fois\)/);

    const [enKey] = t.slack.keys(EN);
    const enRecovery = t.slack.in(EN).find((message) => message.threadOf === enKey)?.reply;
    expect(enRecovery?.title).toBe('Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc');
  });
});
