import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

const CONFIG = `-n cluster-config ${ARC}`;

describe('kustomization, deployed-object and flux update handlers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    await h.run(TUTORIAL_CREATE);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('kustomization list and show', async () => {
    const list = await h.run(`flux kustomization list ${CONFIG}`);
    expect(list.reply.text).toBe('2 kustomizations in cluster-config.');
    const show = await h.run(`flux kustomization show ${CONFIG} -k apps`);
    expect(show.reply.fields).toContainEqual({ label: 'Depends on', value: 'infra' });
    expect(replyText(show.reply)).toContain('HelmRelease | cluster-config | podinfo');
    expect(replyText(show.reply)).not.toContain('| nginx |');
  });

  it('kustomization create PATCHes one entry and follows compliance; create of an existing name is refused', async () => {
    const created = await h.run(
      `flux kustomization create ${CONFIG} -k extra --path ./apps/production --depends-on infra`,
    );
    expect(created.reply.status).toBe('succeeded');
    const patch = writes(h.sandbox, 'PATCH', '/fluxConfigurations/cluster-config').at(-1)!;
    expect(patch.body).toEqual({
      properties: { kustomizations: { extra: { path: './apps/production', dependsOn: ['infra'] } } },
    });
    const again = await h.run(`flux kustomization create ${CONFIG} -k extra --path ./x`);
    expect(again.reply.status).toBe('failed');
    expect(again.reply.text).toContain('already exists');
  });

  it('kustomization update sends only the changed field', async () => {
    const before = writes(h.sandbox, 'PATCH', '/').length;
    const updated = await h.run(`flux kustomization update ${CONFIG} -k extra --sync-interval 5m`);
    expect(updated.reply.status).toBe('succeeded');
    const patches = writes(h.sandbox, 'PATCH', '/');
    expect(patches.length - before).toBe(1);
    expect(patches.at(-1)!.body).toEqual({ properties: { kustomizations: { extra: { syncIntervalInSeconds: 300 } } } });
  });

  it('kustomization delete sends null, and refuses a name that does not exist', async () => {
    const missing = await h.run(`flux kustomization delete ${CONFIG} -k nope --yes`);
    expect(missing.reply.status).toBe('failed');
    expect(missing.reply.text).toContain('No kustomization "nope" in cluster-config');
    const deleted = await h.run(`flux kustomization delete ${CONFIG} -k extra --yes`);
    expect(deleted.reply.status).toBe('succeeded');
    expect(writes(h.sandbox, 'PATCH', '/').at(-1)!.body).toEqual({ properties: { kustomizations: { extra: null } } });
    const list = await h.run(`flux kustomization list ${CONFIG}`);
    expect(list.reply.text).toBe('2 kustomizations in cluster-config.');
  });

  it('deployed-object list and show', async () => {
    const list = await h.run(`flux deployed-object list ${CONFIG}`);
    expect(list.reply.text).toContain('deployed by cluster-config (compliance Compliant)');
    expect(replyText(list.reply)).toContain('HelmRelease | cluster-config | redis | Compliant');
    const show = await h.run(
      `flux deployed-object show ${CONFIG} --object-name redis --object-namespace cluster-config --object-kind HelmRelease`,
    );
    expect(show.reply.fields).toContainEqual({ label: 'Applied by', value: 'cluster-config/cluster-config-infra' });
    expect(show.reply.tables?.[0]?.rows[0]?.slice(0, 3)).toEqual(['Ready', 'True', 'ReconciliationSucceeded']);
  });

  it('flux update PATCHes and follows compliance', async () => {
    const updated = await h.run(`flux update ${CONFIG} --suspend`);
    expect(writes(h.sandbox, 'PATCH', '/').at(-1)!.body).toEqual({ properties: { suspend: true } });
    expect(updated.reply.status).toBe('succeeded');
    expect(updated.reply.text).toContain('cluster-config is Suspended.');
  });

  it('flux delete of a missing configuration says there is nothing to delete', async () => {
    const { reply } = await h.run(`flux delete -n nothing-here ${ARC} --yes`);
    expect(reply.status).toBe('info');
    expect(reply.text).toContain('No flux configuration named "nothing-here" found');
    expect(writes(h.sandbox, 'DELETE', '/')).toHaveLength(0);
  });
});
