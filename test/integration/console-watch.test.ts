import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMessage, watchChannel } from '../../adapters/console/console-client.ts';
import { Following } from '../../adapters/console/following.ts';
import { WatchPrinter } from '../../adapters/console/render-watch.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, lastReply, type Watch, watch } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * The acceptance item of the alerts issue, end to end through the console CLIENT: a channel watch
 * (what `npm run chat` keeps open between commands, and `--watch`) shows a sandbox fault's alert and
 * its recovery as a reply to it, and skips the messages of the commands the client follows itself.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
const ONCALL = 'oncall';
const ALERT_TITLE = 'HelmRelease cluster-config/podinfo is failing on flux-demo-arc';

describe('console channel watch', () => {
  let app: Fluxops;
  const following = new Following();
  /** The REPL's view: its own commands' keys are followed. */
  let repl: Watch;
  /** A second terminal's `--watch`: follows nothing, so it sees what the REPL filtered. */
  let bystander: Watch;

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    repl = await watch(app.url!, ONCALL, following);
    bystander = await watch(app.url!, ONCALL);
  });
  afterAll(async () => {
    repl?.stop();
    bystander?.stop();
    await app?.close();
  });

  it('shows the alert of a sandbox fault, then its recovery as a reply to it', async () => {
    expect(lastReply(await chat(app.url!, CREATE)).status).toBe('succeeded');
    // Subscribed from the watched channel, like the REPL does: its own command, followed.
    const id = randomUUID();
    const subscribeKey = following.message(id);
    const subscribe = [];
    for await (const line of sendMessage(
      { baseUrl: app.url! },
      { user: 'alice', channel: ONCALL, text: 'alerts subscribe --severity error', id },
    )) {
      if (line.type === 'reply') subscribe.push(line);
    }
    expect(subscribe.at(-1)?.reply.status).toBe('succeeded');
    expect(subscribe.at(-1)?.key).toBe(subscribeKey);

    expect(lastReply(await chat(app.url!, 'sandbox fail podinfo', 'alice', 'ops')).status).toBe('succeeded');
    const alert = await until(
      'the podinfo alert',
      () => repl.messages.find((m) => m.reply.title.includes('podinfo') && !m.threadOf),
      {
        timeoutMs: 15_000,
      },
    );
    expect(alert.reply).toMatchObject({ status: 'failed', title: ALERT_TITLE });
    expect(alert.reply.fields).toContainEqual({ label: 'Reason', value: 'UpgradeFailed' });

    expect(lastReply(await chat(app.url!, 'sandbox recover podinfo', 'alice', 'ops')).status).toBe('succeeded');
    const recovery = await until('the recovery', () => repl.messages.find((m) => m.threadOf === alert.key), {
      timeoutMs: 15_000,
    });
    expect(recovery.reply).toMatchObject({
      status: 'succeeded',
      title: 'Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc',
    });

    // What the terminal prints for them: the alert in full, the recovery indented under its title.
    const printer = new WatchPrinter();
    const printed = repl.messages.map((m) => printer.render(m)).filter((t) => t !== undefined);
    expect(printed.find((t) => t.startsWith(`❌ ${ALERT_TITLE}`))).toBeDefined();
    expect(printed).toContainEqual(
      expect.stringMatching(
        new RegExp(`^ {2}↳ re: ${ALERT_TITLE}\\n {4}✅ Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc`),
      ),
    );

    // The subscribe job was posted to the channel (the bystander saw it) but not twice in the REPL.
    expect(bystander.messages.some((m) => m.key === subscribeKey)).toBe(true);
    expect(repl.messages.some((m) => m.key === subscribeKey)).toBe(false);
  });

  it('carries command messages the client does not follow', async () => {
    // Same channel, not followed: another client's command, which the watch must show.
    const lines = await chat(app.url!, 'alerts list', 'bob', ONCALL);
    const key = lines.at(-1)?.key;
    expect(key).toMatch(/^cmd-console-/);
    const seen = await until(
      'the alerts list reply',
      () => repl.messages.find((m) => m.key === key && m.reply.status === 'succeeded'),
      { timeoutMs: 15_000 },
    );
    expect(seen.reply.title).toBe(lastReply(lines).title);
  });

  it('refuses a channel name that is not one', async () => {
    const stream = watchChannel({ baseUrl: app.url! }, { channel: 'no:such channel' });
    await expect(stream.next()).rejects.toThrow(/answered 400/);
  });
});
