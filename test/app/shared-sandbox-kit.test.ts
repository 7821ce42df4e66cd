import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSharedSandbox } from '../../app/shared-sandbox-kit.ts';
import { type StandaloneSandbox, startStandaloneSandbox } from '../../sandbox/standalone/start-standalone.ts';
import { freePort } from '../../src/platform/free-port.ts';
import { createLogger } from '../../src/platform/logger.ts';

/**
 * A fluxops process's side of the standalone sandbox: what GET /sandbox/world gives is enough to
 * drive the real ARM SDK (trusting the sandbox's CA) and client-node against the stand-ins of the
 * other process, and the `sandbox …` levers run over there; a wrong URL or subscription stops
 * start-up with one line that says what to fix.
 */
const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const logger = createLogger('silent');
let sandbox: StandaloneSandbox;

beforeAll(async () => {
  sandbox = await startStandaloneSandbox({ subscriptionId: SUBSCRIPTION, controlPort: 0, operationDelayMs: 50 });
});
afterAll(async () => {
  await sandbox?.close();
});

const request = (text: string) => ({
  deliveryId: 'd1',
  address: { platform: 'console' as const, channel: 'ops' },
  user: { id: 'alice', name: 'alice' },
  text,
  receivedAt: new Date().toISOString(),
});

describe('connectSharedSandbox', () => {
  it('reaches the other process’s ARM and kube stand-ins and pulls its levers', async () => {
    const kit = await connectSharedSandbox(sandbox.url, SUBSCRIPTION, logger);
    const arm = kit.armClient(SUBSCRIPTION);
    const extensions = [];
    for await (const e of arm.extensions.list(
      'flux-demo-rg',
      'Microsoft.Kubernetes',
      'connectedClusters',
      'flux-demo-arc',
    ))
      extensions.push(e);
    expect(extensions).toEqual([]);
    expect(
      sandbox.arm.requests.some((r) =>
        r.path.endsWith('/flux-demo-arc/providers/Microsoft.KubernetesConfiguration/extensions'),
      ),
    ).toBe(true);

    expect(kit.watchTargets().map((t) => t.clusterName)).toContain('flux-demo-arc');
    const target = kit.watchTargets().find((t) => t.clusterName === 'flux-demo-arc')!;
    const kc = await kit.kubeSource.resolve(target);
    const namespaces = await fetch(`${kc!.getCurrentCluster()!.server}/api/v1/namespaces`, {
      headers: { authorization: `Bearer ${kc!.getCurrentUser()!.token}` },
    });
    expect(namespaces.status).toBe(200);

    // The lever runs in the sandbox's process: its answer names what is wrong there.
    const intercepted = await kit.intercept(request('sandbox fail podinfo -c no-such-cluster'));
    expect(intercepted?.needs).toBe('admin');
    const lever = await intercepted?.answer();
    expect(lever).toMatchObject({
      status: 'failed',
      text: 'No sandbox cluster named no-such-cluster with a kube API.',
    });
    const help = await (await kit.intercept(request('help')))?.answer();
    expect(help?.fields?.find((f) => f.label === 'Sandbox')?.value).toContain('sandbox fail');
    // In the reader's language: the overview and the label of the sandbox's line.
    const ja = await (await kit.intercept({ ...request('help'), locale: 'ja-JP' }))?.answer();
    expect(ja?.locale).toBe('ja');
    expect(ja?.fields?.find((f) => f.label === 'サンドボックス')?.value).toContain('sandbox fail');
    expect(ja?.fields?.map((f) => f.label)).not.toContain('Sandbox');
    expect(await kit.intercept(request('flux list'))).toBeUndefined();
  });

  it('refuses a sandbox that plays another subscription, naming the one to use', async () => {
    await expect(connectSharedSandbox(sandbox.url, '11111111-1111-1111-1111-111111111111', logger)).rejects.toThrow(
      `Invalid AZURE_SUBSCRIPTION_ID="11111111-1111-1111-1111-111111111111": the sandbox at FLUXOPS_SANDBOX_URL plays subscription ${SUBSCRIPTION}; give both processes the same one. Example: AZURE_SUBSCRIPTION_ID=${SUBSCRIPTION}`,
    );
  });

  it('says how to start a sandbox when none answers', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    await expect(connectSharedSandbox(url, SUBSCRIPTION, logger, 1_000)).rejects.toThrow(
      new RegExp(
        `^Invalid FLUXOPS_SANDBOX_URL="${url}": no standalone sandbox answered /sandbox/world within 1 s \\(.+\\); start one with \`npm run sandbox\` and use the URL it logs\\. Example: FLUXOPS_SANDBOX_URL=http://127\\.0\\.0\\.1:3990$`,
      ),
    );
  });
});
