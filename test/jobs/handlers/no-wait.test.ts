import { afterEach, describe, expect, it } from 'vitest';
import type { ResumableJobData } from '../../../jobs/handlers/support/operation-journal.ts';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import {
  ARC,
  type Harness,
  jobFor,
  parsed,
  startHarness,
  TUTORIAL_CREATE,
  writes,
} from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * `--no-wait` (docs/upstream.md §1.1): like az, the write returns once ARM accepted it. The reply names the
 * operation, says fluxops is not following it and which command shows the outcome; the operation is
 * never polled, compliance is not followed, and the operation is still journaled so a retried job
 * does not send the write again.
 */
const SLOW_OPERATION_MS = 1_500;
const INSTALLED = tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } });

function operationPolls(h: Harness, collection: string, name: string) {
  return h.sandbox.requests.filter(
    (r) => r.method === 'GET' && r.path.toLowerCase().includes(`/${collection}/${name}/operations/`.toLowerCase()),
  );
}

/** The check command the reply offers must itself be a fluxops command of the expected kind. */
function checkCommandKind(reply: { fields?: { label: string; value: string }[] }): string {
  const check = reply.fields?.find((f) => f.label === 'Check with')?.value ?? '';
  return parsed(check).kind;
}

describe('--no-wait', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('flux create: awaits the needed extension install, then returns once the PUT is accepted', async () => {
    h = await startHarness({ operationDelayMs: SLOW_OPERATION_MS });
    const started = Date.now();
    const { reply, job } = await h.run(`${TUTORIAL_CREATE} --no-wait`);
    const elapsed = Date.now() - started;

    // The install is followed to Succeeded (Azure refuses a configuration before that) and says why.
    expect(operationPolls(h, 'extensions', 'flux').length).toBeGreaterThan(0);
    expect(reply.text).toContain('awaited despite --no-wait');
    expect(writes(h.sandbox, 'PUT', '/fluxConfigurations/cluster-config')).toHaveLength(1);
    // The configuration's own operation is never polled, and no compliance is followed.
    expect(operationPolls(h, 'fluxConfigurations', 'cluster-config')).toHaveLength(0);
    expect(reply.fields?.map((f) => f.label)).toEqual(['Operation', 'Check with']);
    expect(elapsed).toBeLessThan(2 * SLOW_OPERATION_MS + 1_000);

    expect(reply.status).toBe('info');
    expect(reply.text).toMatch(
      /Creating flux configuration cluster-config: accepted by Azure \(operation [0-9a-f-]{36}\)\. With --no-wait fluxops is not following/,
    );
    expect(reply.text).toContain(
      'Check with `flux show -n cluster-config -g flux-demo-rg -c flux-demo-arc -t connectedClusters`',
    );
    expect(checkCommandKind(reply)).toBe('flux.show');
    // Journaled like a followed write.
    const journaled = (job.data as ResumableJobData).operations?.['flux-put'];
    expect(journaled?.method).toBe('PUT');
    expect(reply.fields).toContainEqual({ label: 'Operation', value: journaled?.operationId });
  });

  it('a retried --no-wait job does not send the write again', async () => {
    h = await startHarness({ seed: INSTALLED, operationDelayMs: SLOW_OPERATION_MS });
    const job = jobFor(parsed(`${TUTORIAL_CREATE} --no-wait`));
    const first = await h.run(`${TUTORIAL_CREATE} --no-wait`, job);
    const again = await h.run(`${TUTORIAL_CREATE} --no-wait`, job);
    expect(writes(h.sandbox, 'PUT', '/fluxConfigurations/cluster-config')).toHaveLength(1);
    expect(again.reply.text).toContain('(accepted earlier; not sent again)');
    const id = (r: typeof first.reply) => r.fields?.find((f) => f.label === 'Operation')?.value;
    expect(id(again.reply)).toBe(id(first.reply));
    expect(operationPolls(h, 'fluxConfigurations', 'cluster-config')).toHaveLength(0);
  });

  it('flux create with the extension already installed installs nothing and says nothing about it', async () => {
    h = await startHarness({ seed: INSTALLED });
    const { reply } = await h.run(`${TUTORIAL_CREATE} --no-wait`);
    expect(writes(h.sandbox, 'PUT', '/extensions/')).toHaveLength(0);
    expect(reply.text).not.toContain('awaited despite --no-wait');
    expect(reply.status).toBe('info');
  });

  const CHANGES = [
    {
      text: `flux update -n cluster-config ${ARC} --branch develop --no-wait`,
      method: 'PATCH',
      path: '/fluxConfigurations/cluster-config',
      polled: ['fluxConfigurations', 'cluster-config'],
      says: 'Updating flux configuration cluster-config: accepted by Azure',
      check: 'flux.show',
    },
    {
      text: `flux delete -n cluster-config ${ARC} --yes --no-wait`,
      method: 'DELETE',
      path: '/fluxConfigurations/cluster-config',
      polled: ['fluxConfigurations', 'cluster-config'],
      says: 'Deleting flux configuration cluster-config: accepted by Azure',
      check: 'flux.show',
    },
    {
      text: `flux kustomization create -n cluster-config -k extra --path ./apps/production ${ARC} --no-wait`,
      method: 'PATCH',
      path: '/fluxConfigurations/cluster-config',
      polled: ['fluxConfigurations', 'cluster-config'],
      says: 'Adding kustomization extra in cluster-config: accepted by Azure',
      check: 'kustomization.show',
    },
    {
      text: `flux kustomization delete -n cluster-config -k apps ${ARC} --yes --no-wait`,
      method: 'PATCH',
      path: '/fluxConfigurations/cluster-config',
      polled: ['fluxConfigurations', 'cluster-config'],
      says: 'Removing kustomization apps in cluster-config: accepted by Azure',
      check: 'kustomization.show',
    },
    {
      text: `loglevel source-controller=error ${ARC} --no-wait`,
      method: 'PATCH',
      path: '/extensions/flux',
      polled: ['extensions', 'flux'],
      says: 'Updating extension flux: accepted by Azure',
      check: 'extension.show',
    },
  ];

  for (const change of CHANGES) {
    it(`${change.text.split(' -')[0]} --no-wait: one ${change.method}, not followed`, async () => {
      h = await startHarness({ seed: INSTALLED });
      await h.run(TUTORIAL_CREATE);
      const before = writes(h.sandbox, change.method, change.path).length;
      const pollsBefore = operationPolls(h, change.polled[0]!, change.polled[1]!).length;

      const { reply } = await h.run(change.text);
      expect(writes(h.sandbox, change.method, change.path).length - before).toBe(1);
      expect(operationPolls(h, change.polled[0]!, change.polled[1]!).length - pollsBefore).toBe(0);
      expect(reply.status).toBe('info');
      expect(reply.text).toContain(change.says);
      expect(reply.fields?.map((f) => f.label)).toEqual(['Operation', 'Check with']);
      expect(reply.fields?.[0]?.value).toMatch(UUID);
      expect(checkCommandKind(reply)).toBe(change.check);
    });
  }

  it('extension update --no-wait lists the requested values instead of a before → after it cannot know', async () => {
    h = await startHarness({ seed: INSTALLED });
    const { reply } = await h.run(`loglevel source-controller=error ${ARC} --no-wait`);
    expect(reply.tables?.find((t) => t.title === 'Requested')?.rows).toEqual([
      ['source-controller.log-level', 'error'],
    ]);
    expect(replyText(reply)).not.toContain('→');
  });

  it('extension create and delete --no-wait stop once accepted', async () => {
    h = await startHarness();
    const created = await h.run(`extension create -n flux --extension-type microsoft.flux ${ARC} --no-wait`);
    expect(created.reply.status).toBe('info');
    expect(created.reply.fields?.find((f) => f.label === 'Operation')?.value).toMatch(UUID);
    expect(checkCommandKind(created.reply)).toBe('extension.show');
    expect(operationPolls(h, 'extensions', 'flux')).toHaveLength(0);

    await h.sandbox.close();
    h = await startHarness({ seed: INSTALLED });
    const deleted = await h.run(`extension delete -n flux ${ARC} --yes --no-wait`);
    expect(writes(h.sandbox, 'DELETE', '/extensions/flux')).toHaveLength(1);
    expect(operationPolls(h, 'extensions', 'flux')).toHaveLength(0);
    expect(deleted.reply.status).toBe('info');
    expect(deleted.reply.fields?.find((f) => f.label === 'Operation')?.value).toMatch(UUID);
  });
});
