import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleBus } from '../../adapters/console/console-bus.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * The sandbox closes the alert loop from chat alone: the kube stand-in's faults, pulled with
 * `sandbox …` text, reach the alert engine through the cluster watchers and come back as alerts in a
 * subscribed console channel — failure, recovery in the alert's thread, and an OOM kill whose fix
 * button runs the extension update.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
const ONCALL = 'oncall';
const ONCALL_JA = 'oncall-ja';

describe('sandbox alerts in the console chat', () => {
  let app: Fluxops;
  let subscriber: Redis;
  const heard: NotifyMessage[] = [];
  const heardJa: NotifyMessage[] = [];

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    // What a console client in #oncall would see without typing anything: the console pub/sub.
    subscriber = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
    const bus = new ConsoleBus(subscriber, app.config.queuePrefix);
    await bus.listen(ONCALL, (message) => heard.push(message));
    await bus.listen(ONCALL_JA, (message) => heardJa.push(message));
  });
  afterAll(async () => {
    subscriber?.disconnect();
    await app?.close();
  });

  it('alerts on a failing HelmRelease, replies in its thread on recovery, and fixes an OOM kill from its button', async () => {
    expect(lastReply(await chat(app.url!, CREATE)).status).toBe('succeeded');
    const subscribed = lastReply(await chat(app.url!, 'alerts subscribe --severity error', 'alice', ONCALL));
    expect(subscribed, JSON.stringify(subscribed)).toMatchObject({ status: 'succeeded' });
    // A second on-call channel that reads Japanese.
    expect(lastReply(await chat(app.url!, 'use --lang ja', 'alice', ONCALL_JA)).status).toBe('succeeded');
    const subscribedJa = lastReply(await chat(app.url!, 'alerts subscribe --severity error', 'alice', ONCALL_JA));
    expect(subscribedJa, JSON.stringify(subscribedJa)).toMatchObject({ status: 'succeeded' });

    const failed = lastReply(await chat(app.url!, 'sandbox fail podinfo', 'alice', 'ops'));
    expect(failed).toMatchObject({ status: 'succeeded', title: 'sandbox fail podinfo' });
    const alert = await until(
      'the podinfo alert',
      () =>
        heard.find((m) => m.reply.status === 'failed' && m.reply.title.includes('HelmRelease cluster-config/podinfo')),
      { timeoutMs: 15_000 },
    );
    expect(alert.reply.title).toBe('HelmRelease cluster-config/podinfo is failing on flux-demo-arc');
    expect(alert.reply.fields).toContainEqual({ label: 'Reason', value: 'UpgradeFailed' });
    expect(alert.threadOf).toBeUndefined();

    expect(lastReply(await chat(app.url!, 'sandbox recover podinfo', 'alice', 'ops'))).toMatchObject({
      status: 'succeeded',
      text: 'HelmRelease cluster-config/podinfo on flux-demo-arc recovered: its upgrades succeed again and it was reconciled.',
    });
    // A second recover finds nothing failing and says so instead of claiming a recovery.
    expect(lastReply(await chat(app.url!, 'sandbox recover podinfo', 'alice', 'ops'))).toMatchObject({
      status: 'info',
      text: 'HelmRelease cluster-config/podinfo on flux-demo-arc was not failing, so there was nothing to recover; it was reconciled.',
    });
    const recovery = await until('the recovery thread reply', () => heard.find((m) => m.threadOf === alert.key), {
      timeoutMs: 15_000,
    });
    expect(recovery.reply).toMatchObject({
      status: 'succeeded',
      title: 'Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc',
    });

    expect(lastReply(await chat(app.url!, 'sandbox oom helm-controller', 'alice', 'ops')).status).toBe('succeeded');
    const oom = await until(
      'the OOM alert',
      () => heard.find((m) => m.reply.title === 'Deployment flux-system/helm-controller is failing on flux-demo-arc'),
      { timeoutMs: 15_000 },
    );
    for (const label of ['Controller', 'Memory limit', 'Restarts', 'Last exit'])
      expect(oom.reply.fields?.map((f) => f.label)).toContain(label);
    expect(oom.reply.fields).toContainEqual({ label: 'Memory limit', value: '1Gi' });
    const fix = oom.reply.actions?.find((a) => a.id === 'oom-fix');
    expect(fix?.command).toMatch(/^extension update -n flux --config helm-controller\.resources\.limits\.memory=2Gi /);
    expect(fix?.label).toBe('Raise memory limit to 2Gi + OOM watch');

    // The same alert in the Japanese channel: summary, facts and buttons in Japanese, commands as they are.
    const oomJa = await until(
      'the OOM alert in Japanese',
      () =>
        heardJa.find(
          (m) => m.reply.title === 'flux-demo-arc で Deployment flux-system/helm-controller が失敗しています',
        ),
      { timeoutMs: 15_000 },
    );
    expect(oomJa.reply.text).toMatch(
      /^helm-controller は OOMKilled で強制終了されました: 制限 1Gi、再起動 \d+ 回、最終終了 /,
    );
    expect(oomJa.reply.fields).toContainEqual({ label: 'メモリ制限', value: '1Gi' });
    for (const label of ['コントローラー', '再起動回数', '最終終了', 'ポッド'])
      expect(oomJa.reply.fields?.map((f) => f.label)).toContain(label);
    expect(oomJa.reply.actions?.map((a) => a.label)).toEqual([
      'メモリ制限を 2Gi に上げる + OOM 監視',
      '前回のログ',
      '1 時間ミュート',
    ]);
    expect(oomJa.reply.actions?.[0]?.command).toBe(fix?.command);

    // A click sends the button's command text through submit(), like typing it.
    const pressed = lastReply(await chat(app.url!, fix!.command!, 'alice', ONCALL));
    expect(pressed.status).toBe('succeeded');
    const settings = app.sandbox!.world.extension({ name: 'flux-demo-arc' }, 'flux')!.properties.configurationSettings;
    expect(settings).toMatchObject({ 'helm-controller.resources.limits.memory': '2Gi' });
  });

  it('lists the sandbox commands in help, in sandbox mode', async () => {
    const help = lastReply(await chat(app.url!, 'help'));
    expect(help.fields?.find((f) => f.label === 'Sandbox')?.value).toContain('sandbox fail');
  });
});
