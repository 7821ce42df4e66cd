import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';

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
    // Only the objects apps applies: itself and podinfo, not infra's nginx.
    expect(show.reply.tables?.[0]?.rows.map((row) => row.slice(0, 3))).toEqual([
      ['Kustomization', 'cluster-config', 'cluster-config-apps'],
      ['HelmRelease', 'cluster-config', 'podinfo'],
    ]);
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
    const patchesBefore = writes(h.sandbox, 'PATCH', '/').length;
    const again = await h.run(`flux kustomization create ${CONFIG} -k extra --path ./x`);
    expect(again.reply.status).toBe('failed');
    expect(again.reply.text).toContain('"extra"');
    expect(writes(h.sandbox, 'PATCH', '/')).toHaveLength(patchesBefore);
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
    const patchesBefore = writes(h.sandbox, 'PATCH', '/').length;
    const missing = await h.run(`flux kustomization delete ${CONFIG} -k nope --yes`);
    expect(missing.reply.status).toBe('failed');
    expect(missing.reply.text).toContain('"nope"');
    expect(writes(h.sandbox, 'PATCH', '/')).toHaveLength(patchesBefore);
    const deleted = await h.run(`flux kustomization delete ${CONFIG} -k extra --yes`);
    expect(deleted.reply.status).toBe('succeeded');
    expect(writes(h.sandbox, 'PATCH', '/').at(-1)!.body).toEqual({ properties: { kustomizations: { extra: null } } });
    const list = await h.run(`flux kustomization list ${CONFIG}`);
    expect(list.reply.text).toBe('2 kustomizations in cluster-config.');
  });

  it('deployed-object list and show', async () => {
    const list = await h.run(`flux deployed-object list ${CONFIG}`);
    const objects = list.reply.tables?.[0]?.rows ?? [];
    expect(objects).toHaveLength(6);
    expect(objects.map((row) => row[3])).toEqual(Array(6).fill('Compliant'));
    expect(objects.map((row) => row.slice(0, 3))).toContainEqual(['HelmRelease', 'cluster-config', 'redis']);
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
    expect(updated.reply.fields).toContainEqual({ label: 'Compliance', value: 'Suspended' });
  });

  it('flux delete of a missing configuration says there is nothing to delete', async () => {
    const { reply } = await h.run(`flux delete -n nothing-here ${ARC} --yes`);
    expect(reply.status).toBe('info');
    expect(reply.text).toContain('"nothing-here"');
    expect(writes(h.sandbox, 'DELETE', '/')).toHaveLength(0);
  });
});
