import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { POD_TYPE } from '../../../sandbox/kube/flux-system-pods.ts';
import { parseSandboxChat, runSandboxChat } from '../../../sandbox/kube/sandbox-chat.ts';
import type { ClusterFluxEvent } from '../../../src/cluster/watch/cluster-event.ts';
import { chat, lastReply } from '../../support/console/console-client.ts';
import { startTestApp } from '../../support/test-app.ts';
import { until } from '../../support/until.ts';

describe('sandbox: OOM-kill helm-controller, alert with fix button, press it', () => {
  let app: Fluxops;
  const events: ClusterFluxEvent[] = [];
  const arc = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
  beforeAll(async () => {
    app = await startTestApp(undefined, { onClusterEvent: (event) => events.push(event) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs end to end through the app', async () => {
    const installed = lastReply(
      await chat(app.url!, `extension create -n flux --extension-type microsoft.flux ${arc}`),
    );
    expect(installed.status).toBe('succeeded');
    const kube = app.kubeSandbox!.cluster('flux-demo-arc')!;
    await until('flux-system pods', () => kube.store.list(POD_TYPE).length === 6, { timeoutMs: 10_000 });
    const status = lastReply(await chat(app.url!, `status ${arc}`));
    expect(status.tables?.[1]?.rows).toHaveLength(6);

    const command = parseSandboxChat('sandbox oom helm-controller');
    expect(command).toEqual({ action: 'oom', subject: 'helm-controller', cluster: 'flux-demo-arc' });
    expect(runSandboxChat(app.kubeSandbox!, command!).status).toBe('succeeded');
    const alert = await until('the OOM alert', () => events.find((e) => e.reason === 'OOMKilled'), {
      timeoutMs: 10_000,
    });
    // The event keeps the label as a key: the alert writes it in each channel's language.
    expect(alert.fields).toContainEqual({ label: { key: 'alert.own.oom.field.memoryLimit' }, value: '1Gi' });
    const fix = alert.actions!.find((a) => a.id === 'oom-fix')!;

    // Pressing the button sends its command text through submit(), like a click does.
    const pressed = lastReply(await chat(app.url!, fix.command!));
    expect(pressed.status).toBe('succeeded');
    const settings = app.sandbox!.world.extension({ name: 'flux-demo-arc' }, 'flux')!.properties.configurationSettings;
    expect(settings).toMatchObject({
      'helm-controller.resources.limits.memory': '2Gi',
      'helm-controller.outOfMemoryWatch.enabled': 'true',
    });
    // The extension update rolled helm-controller: a new pod with the new limit.
    const pod = await until(
      'the new helm-controller pod',
      () =>
        kube.store
          .list(POD_TYPE)
          .find((p) => p.metadata.labels?.app === 'helm-controller' && JSON.stringify(p.spec).includes('"2Gi"')),
      { timeoutMs: 10_000 },
    );
    expect(pod.metadata.name).toMatch(/^helm-controller-/);
  });
});
