import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleBus } from '../../adapters/console/console-bus.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import type { NotifyMessage } from '../../src/notify/notify-port.ts';
import { chat, decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * Two configurations of the tutorial repository on one cluster put podinfo in two namespaces
 * (cluster-config and cfg-ja). The alert's buttons run as pasted, and a bare name is refused with an
 * example that runs as pasted too — for reconcile, and for suspend after its Confirm.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const create = (name: string) =>
  `az k8s-configuration flux create ${ARC} -n ${name} --namespace ${name} --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
const ONCALL = 'oncall';

/** The command a refusal gives as its example: the text between its backticks. */
function exampleOf(text: string | undefined): string {
  const match = /`([^`]+)`/.exec(text ?? '');
  if (!match) throw new Error(`no example in ${text}`);
  return match[1]!;
}

describe('a HelmRelease name two namespaces share, from the console chat in sandbox mode', () => {
  let app: Fluxops;
  let subscriber: Redis;
  const heard: NotifyMessage[] = [];

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    subscriber = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
    await new ConsoleBus(subscriber, app.config.queuePrefix).listen(ONCALL, (message) => heard.push(message));
    for (const name of ['cluster-config', 'cfg-ja'])
      expect(lastReply(await chat(app.url!, create(name))).status).toBe('succeeded');
    const subscribed = lastReply(await chat(app.url!, `alerts subscribe ${ARC} --severity error`, 'alice', ONCALL));
    expect(subscribed, JSON.stringify(subscribed)).toMatchObject({ status: 'succeeded' });
  });
  afterAll(async () => {
    subscriber?.disconnect();
    await app?.close();
  });

  it("runs the alert's reconcile and events buttons as pasted, on the failing namespace's release", async () => {
    expect(lastReply(await chat(app.url!, 'sandbox fail cfg-ja/podinfo', 'alice', 'ops')).status).toBe('succeeded');
    const alert = await until(
      'the cfg-ja/podinfo alert',
      () => heard.find((m) => m.reply.title === 'HelmRelease cfg-ja/podinfo is failing on flux-demo-arc'),
      { timeoutMs: 15_000 },
    );
    const commands = Object.fromEntries((alert.reply.actions ?? []).map((a) => [a.id, a.command]));
    expect(commands.reconcile).toBe(`reconcile podinfo --namespace cfg-ja --kind HelmRelease ${ARC}`);
    expect(commands.events).toBe(`events podinfo --namespace cfg-ja ${ARC}`);

    const reconciled = lastReply(await chat(app.url!, commands.reconcile!, 'alice', ONCALL));
    expect(reconciled.title).toBe(commands.reconcile);
    expect(reconciled.status).toBe('failed');
    expect(reconciled.text).toMatch(
      /^HelmRelease reconciliation failed: 'Helm upgrade failed for release cfg-ja\/podinfo/,
    );

    const events = lastReply(await chat(app.url!, commands.events!, 'alice', ONCALL));
    expect(events.title).toBe(commands.events);
    expect(events.text).toMatch(/ for cfg-ja\/podinfo on flux-demo-arc/);
    const objects = events.tables?.flatMap((table) => table.rows.map((row) => row[3]));
    expect(objects).toContain('HelmRelease/podinfo');

    expect(lastReply(await chat(app.url!, 'sandbox recover cfg-ja/podinfo', 'alice', 'ops')).status).toBe('succeeded');
    const again = lastReply(await chat(app.url!, commands.reconcile!, 'alice', ONCALL));
    expect(again).toMatchObject({ status: 'succeeded' });
    expect(again.text).toMatch(/^HelmRelease cfg-ja\/podinfo reconciled/);
  });

  it('refuses reconcile of the bare name with every match, and its example runs as pasted', async () => {
    const pasted = `reconcile podinfo --kind HelmRelease ${ARC}`;
    const refused = lastReply(await chat(app.url!, pasted));
    expect(refused.status).toBe('failed');
    expect(refused.text).toBe(
      `HelmRelease "podinfo" exists in more than one namespace (cluster-config/podinfo, cfg-ja/podinfo). Name the namespace with --namespace, for example: \`reconcile podinfo --namespace cluster-config --kind HelmRelease ${ARC}\``,
    );
    const example = exampleOf(refused.text);
    const ran = lastReply(await chat(app.url!, example));
    expect(ran).toMatchObject({ title: example, status: 'succeeded' });
    expect(ran.text).toMatch(/^HelmRelease cluster-config\/podinfo reconciled/);
    // NAMESPACE/NAME says the same and displays the same.
    const slashed = lastReply(await chat(app.url!, `reconcile cluster-config/podinfo ${ARC}`));
    expect(slashed).toMatchObject({
      title: `reconcile podinfo --namespace cluster-config ${ARC}`,
      status: 'succeeded',
    });
  });

  it('suspend: the refusal after Confirm gives the namespaced command, whose reply gives the resume to paste', async () => {
    const [prompt] = await chat(app.url!, `suspend podinfo ${ARC}`);
    expect(prompt?.reply.status).toBe('confirm');
    const refused = lastReply(await decideIn(app.url!, prompt!.token!, 'confirm'));
    expect(refused.status).toBe('failed');
    const example = exampleOf(refused.text);
    expect(example).toBe(`suspend podinfo --namespace cluster-config ${ARC}`);

    const [namespaced] = await chat(app.url!, example);
    expect(namespaced?.reply.status).toBe('confirm');
    expect(JSON.stringify(namespaced?.reply)).toContain('This suspends \\"cluster-config/podinfo\\"');
    const suspended = lastReply(await decideIn(app.url!, namespaced!.token!, 'confirm'));
    expect(suspended.status).toBe('succeeded');
    const resume = exampleOf(suspended.text);
    expect(resume).toBe(`resume podinfo --namespace cluster-config --kind HelmRelease ${ARC}`);
    const resumed = lastReply(await chat(app.url!, resume));
    expect(resumed).toMatchObject({ title: resume, status: 'succeeded' });
    expect(resumed.text).toMatch(/^HelmRelease cluster-config\/podinfo resumed/);
  });
});
