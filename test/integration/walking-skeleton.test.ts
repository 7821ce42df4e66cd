import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { formatProblems } from '../../src/commands/format-problems.ts';
import { problemsOf } from '../support/commands/parse.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp } from '../support/test-app.ts';

/**
 * The whole path, in-process: console HTTP ingress → submit() → BullMQ job in the real Redis →
 * worker → real ARM SDK over HTTPS → sandbox ARM stand-in → notify queue → console stream.
 */
describe('walking skeleton', () => {
  let app: Fluxops;
  const arc = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers GET /healthz', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', mode: 'sandbox', role: 'all' });
  });

  it('lists the (empty) flux configurations of the Arc cluster through a real job', async () => {
    const lines = await chat(app.url!, `flux list ${arc}`);
    expect(lines[0]?.reply.status).toBe('queued');
    const final = lastReply(lines);
    expect(final.status).toBe('succeeded');
    expect(final.text).toBe(
      'No flux configurations on flux-demo-arc. Create one with `flux create -n NAME -u URL --branch main --kustomization name=apps path=./apps`.',
    );
    expect(final.provenance?.jobId).toMatch(/^cmd-console-[0-9a-f]{32}$/);
    // The stand-in saw the SDK's GET: the request really crossed HTTPS.
    expect(app.sandbox!.requests.some((r) => r.method === 'GET' && r.path.includes('/fluxConfigurations'))).toBe(true);
  });

  it('says clearly when the flux extension is not installed', async () => {
    const final = lastReply(await chat(app.url!, `extension show -n flux ${arc}`));
    expect(final.status).toBe('failed');
    expect(final.text).toBe(
      'Extension "flux" is not installed on flux-demo-arc (connectedClusters, resource group flux-demo-rg). `flux create` installs microsoft.flux for you, or run `extension create -n flux --extension-type microsoft.flux`.',
    );
  });

  it('lists no extensions on a fresh cluster', async () => {
    const final = lastReply(await chat(app.url!, `extension list ${arc}`));
    expect(final.status).toBe('succeeded');
    expect(final.tables).toBeUndefined();
  });

  it('answers help at once without a job', async () => {
    const lines = await chat(app.url!, 'help');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.reply.status).toBe('info');
  });

  it('rejects unknown input with a pointer to help and enqueues nothing', async () => {
    const queue = new Queue('commands', { connection: { url: app.redisUrl }, prefix: app.config.queuePrefix });
    const before = await queue.getJobCounts();
    const lines = await chat(app.url!, 'frobnicate the cluster');
    await queue.close();
    expect(lines).toHaveLength(1);
    const reply = lines[0]!.reply;
    expect(reply.status).toBe('failed');
    const problems = problemsOf('frobnicate the cluster', null);
    expect(problems.map((p) => p.code)).toEqual(['command.unknown']);
    expect(reply.text).toBe(formatProblems(problems, 'help'));
    const queue2 = new Queue('commands', { connection: { url: app.redisUrl }, prefix: app.config.queuePrefix });
    expect(await queue2.getJobCounts()).toEqual(before);
    await queue2.close();
  });

  it('uses the channel cluster set with `use`', async () => {
    const set = lastReply(await chat(app.url!, `use ${arc}`, 'bob', 'team-a'));
    expect(set.status).toBe('succeeded');
    const final = lastReply(await chat(app.url!, 'flux list', 'bob', 'team-a'));
    expect(final.status).toBe('succeeded');
    expect(final.provenance?.cluster).toBe('flux-demo-arc (connectedClusters, resource group flux-demo-rg)');
  });

  it('refuses the words a kustomization command once dropped, naming them, and sends Azure nothing', async () => {
    const patchesBefore = app.sandbox!.requests.filter((r) => r.method === 'PATCH').length;
    for (const [text, word] of [
      [`flux kustomization create -n cluster-config -k extra path=./x dependsOn=["infra"] ${arc}`, 'path=./x'],
      [`flux kustomization update -n cluster-config -k apps prune=true --path ./q ${arc}`, 'prune=true'],
    ] as const) {
      const lines = await chat(app.url!, text, 'dave', 'team-d');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.reply.status).toBe('failed');
      expect(lines[0]!.reply.text).toContain(`Unexpected argument '${word}'`);
    }
    expect(app.sandbox!.requests.filter((r) => r.method === 'PATCH')).toHaveLength(patchesBefore);
  });

  it('`use` checks the cluster exists in Azure, unless --no-check', async () => {
    const typo = lastReply(
      await chat(app.url!, 'use -g flux-demo-rg -c flux-demo-akss -t managedClusters', 'carol', 'team-c'),
    );
    expect(typo.status).toBe('failed');
    expect(typo.text).toContain(
      'There is no managedClusters cluster named "flux-demo-akss" in resource group flux-demo-rg. Did you mean flux-demo-aks',
    );
    expect(typo.text).toContain('add --no-check');
    expect(lastReply(await chat(app.url!, 'context', 'carol', 'team-c')).text).not.toContain('flux-demo-akss');
    const unchecked = lastReply(
      await chat(app.url!, 'use -g flux-demo-rg -c flux-demo-akss -t managedClusters --no-check', 'carol', 'team-c'),
    );
    expect(unchecked.status).toBe('succeeded');
    expect(lastReply(await chat(app.url!, 'context', 'carol', 'team-c')).fields).toContainEqual(
      expect.objectContaining({ value: 'flux-demo-akss' }),
    );
  });
});
