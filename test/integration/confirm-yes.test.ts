import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * `--yes` is accepted for paste parity with az and skips nothing: the tutorial's own delete command,
 * pasted, shows the prompt with its prune preview. Only a channel an admin set to
 * `access policy confirm=allow-yes` lets `--yes` run a destructive command at once.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
// As the tutorial prints it (test/fixtures/tutorial/az-commands.json).
const TUTORIAL_DELETE =
  'az k8s-configuration flux delete -g flux-demo-rg -c flux-demo-arc -n cluster-config -t connectedClusters --yes';

describe('--yes and the confirmation policy', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    expect(lastReply(await chat(app.url!, CREATE, 'alice', 'yes')).status).toBe('succeeded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it("asks for the tutorial's pasted delete --yes, with the prune preview", async () => {
    const lines = await chat(app.url!, TUTORIAL_DELETE, 'alice', 'yes');
    const [prompt, preview] = lines;
    expect(prompt?.reply.status).toBe('confirm');
    const pruned = preview?.reply.tables?.find((t) => t.title === 'Prune will delete')?.rows.map((r) => r[2]);
    expect(pruned).toEqual(expect.arrayContaining(['nginx', 'redis', 'podinfo']));
    expect(lastReply(await decideIn(app.url!, prompt!.token!, 'cancel', 'alice', 'yes')).status).toBe('cancelled');
    expect(app.sandbox!.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  });

  it('runs --yes at once where the channel allows it, and only there', async () => {
    expect(lastReply(await chat(app.url!, 'access policy confirm=allow-yes', 'alice', 'yes')).title).toBe(
      'Confirmation policy set',
    );
    expect((await chat(app.url!, TUTORIAL_DELETE, 'alice', 'elsewhere'))[0]?.reply.status).toBe('confirm');
    const deleted = lastReply(await chat(app.url!, TUTORIAL_DELETE, 'alice', 'yes'));
    expect(deleted.status).toBe('succeeded');
    expect(app.sandbox!.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('says what --yes does in its help', async () => {
    const help = lastReply(await chat(app.url!, 'help delete', 'alice', 'yes'));
    expect(JSON.stringify(help)).toContain('fluxops still asks for Confirm unless an admin set');
  });
});
