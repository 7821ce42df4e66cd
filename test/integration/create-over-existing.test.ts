import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * `flux create` and `extension create` are a PUT that replaces what exists. Over an existing
 * configuration or extension they read it first, show before → after (source, ref, the
 * kustomizations, credentials and settings they would drop) and wait for Confirm; nothing is written
 * (the ARM stand-in's request log) until then.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --local-auth-ref git-credentials \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
const OTHER_REPO = `flux create ${ARC} -n cluster-config --namespace cluster-config -u https://github.com/contoso/other --branch release --kustomization name=apps path=./apps/prod prune=true`;

describe('create over an existing resource', () => {
  let app: Fluxops;
  const writes = () => app.sandbox!.requests.filter((r) => r.method === 'PUT' || r.method === 'PATCH');

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    expect(lastReply(await chat(app.url!, CREATE, 'alice', 'create')).status).toBe('succeeded');
    const tuned = `extension update -n flux ${ARC} --config source-controller.log-level=error helm-controller.detectDrift=true`;
    expect(lastReply(await chat(app.url!, tuned, 'alice', 'create')).status).toBe('succeeded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('flux create over an existing configuration shows before → after and writes nothing until Confirm', async () => {
    const before = writes().length;
    const lines = await chat(app.url!, OTHER_REPO, 'alice', 'create');
    const prompt = lines[0]!;
    expect(prompt.reply.status).toBe('confirm');
    expect(prompt.reply.text).toContain(
      'Flux configuration "cluster-config" already exists on flux-demo-arc: create replaces it whole, dropping kustomization infra, localAuthRef.',
    );
    const rows = prompt.reply.tables?.find((t) => t.title === 'Before → after')?.rows;
    expect(rows).toEqual([
      [
        'source',
        'GitRepository https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
        'GitRepository https://github.com/contoso/other',
      ],
      ['ref', 'branch main', 'branch release'],
      ['kustomization infra', 'path=./infrastructure prune=true', 'dropped'],
      ['kustomization apps', 'path=./apps/staging prune=true dependsOn=infra', 'path=./apps/prod prune=true'],
      ['credential localAuthRef', 'set', 'dropped'],
    ]);
    expect(writes()).toHaveLength(before);

    const done = lastReply(await decideIn(app.url!, prompt.token!, 'confirm', 'alice', 'create'));
    expect(done.status).toBe('succeeded');
    const put = writes()
      .slice(before)
      .find((r) => r.method === 'PUT' && r.path.includes('fluxConfigurations/cluster-config'));
    expect(put).toBeDefined();
  });

  it('extension create -n flux on the installed extension shows the settings it would wipe and asks', async () => {
    const before = writes().length;
    const lines = await chat(
      app.url!,
      `extension create -n flux --extension-type microsoft.flux ${ARC}`,
      'alice',
      'create',
    );
    const prompt = lines[0]!;
    expect(prompt.reply.status).toBe('confirm');
    expect(prompt.reply.text).toContain('Extension "flux" is already installed on flux-demo-arc');
    const rows = prompt.reply.tables?.[0]?.rows ?? [];
    expect(rows).toEqual(
      expect.arrayContaining([
        ['setting source-controller.log-level', 'error', 'wiped (default)'],
        ['setting helm-controller.detectDrift', 'true', 'wiped (default)'],
      ]),
    );
    expect(lastReply(await decideIn(app.url!, prompt.token!, 'cancel', 'alice', 'create')).status).toBe('cancelled');
    expect(writes()).toHaveLength(before);
  });

  it('creates a configuration that does not exist yet without asking', async () => {
    const fresh = `flux create ${ARC} -n fresh-config --namespace fresh -u https://github.com/contoso/fresh --branch main --kustomization name=apps path=./apps`;
    const lines = await chat(app.url!, fresh, 'alice', 'create');
    expect(lines[0]?.reply.status).toBe('queued');
  });
});
