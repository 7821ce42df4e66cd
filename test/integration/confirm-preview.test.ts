import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * A destructive command's prompt answers at once with the static summary, then a worker reads live
 * state and updates the same prompt (same token, Confirm/Cancel kept) with what confirming would do.
 * The console stream carries both; the preview is not a command (no job, no audit entry).
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;

describe('confirmation prompts with live impact', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    expect(lastReply(await chat(app.url!, CREATE, 'alice', 'preview')).status).toBe('succeeded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('flux delete: the prompt is updated with the objects prune will delete, keeping its buttons', async () => {
    const lines = await chat(app.url!, `flux delete -n cluster-config ${ARC}`, 'alice', 'preview');
    expect(lines).toHaveLength(2);
    const [prompt, preview] = lines;
    expect(prompt!.reply.status).toBe('confirm');
    expect(prompt!.reply.text).not.toContain('Live state');
    const token = prompt!.token!;
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    expect(preview!.key).toMatch(/^preview-console-[0-9a-f]{32}$/);
    expect(preview!.token).toBe(token);
    expect(preview!.reply.status).toBe('confirm');
    expect(preview!.reply.title).toBe(prompt!.reply.title);
    expect(preview!.reply.text).toContain('Live state: prune=true on infra, apps');
    const pruned = preview!.reply.tables?.find((t) => t.title === 'Prune will delete')?.rows.map((r) => r[2]);
    expect(pruned).toEqual(expect.arrayContaining(['nginx', 'redis', 'podinfo']));
    // The same buttons with the same single-use token: the updated prompt still confirms.
    expect(preview!.reply.actions?.map((a) => [a.label, a.decision, a.confirmToken])).toEqual([
      ['Confirm', 'confirm', token],
      ['Cancel', 'cancel', token],
    ]);

    const deleted = lastReply(await decideIn(app.url!, token, 'confirm', 'alice', 'preview'));
    expect(deleted.status).toBe('succeeded');
    expect(deleted.tables?.[0]?.rows.map((r) => r[2])).toEqual(['nginx', 'redis', 'podinfo']);
  });

  it('extension delete with no configuration left says so; the preview is neither a job nor audited', async () => {
    const lines = await chat(app.url!, `extension delete -n flux ${ARC}`, 'alice', 'preview');
    expect(lines.at(-1)?.reply.text).toContain('Live state: no flux configuration uses microsoft.flux');
    const cancelled = lastReply(await decideIn(app.url!, lines[0]!.token!, 'cancel', 'alice', 'preview'));
    expect(cancelled.status).toBe('cancelled');

    const audit = lastReply(await chat(app.url!, 'audit', 'alice', 'preview')).tables?.[0]?.rows ?? [];
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.some((r) => r.join(' ').includes('preview-'))).toBe(false);
    const jobs = lastReply(await chat(app.url!, 'jobs', 'alice', 'preview')).tables?.[0]?.rows ?? [];
    expect(jobs.some((r) => String(r[0]).startsWith('preview-'))).toBe(false);
  });

  it('a destructive command with nothing to read in Azure (suspend) keeps the static prompt and ends at once', async () => {
    const started = Date.now();
    const lines = await chat(app.url!, `suspend apps ${ARC}`, 'alice', 'preview');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.reply.status).toBe('confirm');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
