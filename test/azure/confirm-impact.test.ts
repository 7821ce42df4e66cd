import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxSdkClient } from '../../sandbox/arm/sdk-client.ts';
import { tutorialSeed } from '../../sandbox/arm/seed.ts';
import { confirmImpact, type PreviewableCommand } from '../../src/azure/confirm-impact.ts';
import { ARC, type Harness, parsed, SUBSCRIPTION, startHarness, TUTORIAL_CREATE } from '../support/handlers/harness.ts';

/**
 * The live impact a confirmation prompt shows, read through the real SDK from the HTTPS ARM stand-in
 * after the tutorial's configuration is in place (prune=true on infra and apps).
 */
describe('confirmation impact from live state', () => {
  let h: Harness;
  let impact: (text: string) => ReturnType<typeof confirmImpact>;

  beforeAll(async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    await h.run(TUTORIAL_CREATE);
    const arm = createSandboxSdkClient(h.sandbox, SUBSCRIPTION, { retryOptions: { maxRetries: 0 } });
    impact = (text) => confirmImpact(arm, parsed(text) as PreviewableCommand);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('flux delete lists every object the prune=true kustomizations applied', async () => {
    const { text, tables } = await impact(`flux delete -n cluster-config ${ARC}`);
    expect(text).toContain('prune=true on infra, apps');
    const rows = tables.find((t) => t.title === 'Prune will delete')?.rows ?? [];
    const names = rows.map((r) => `${r[0]} ${r[2]} ${r[3]}`);
    for (const expected of [
      'HelmRelease nginx cluster-config-infra',
      'HelmRelease redis cluster-config-infra',
      'HelmRelease podinfo cluster-config-apps',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('kustomization delete lists only what that kustomization applied', async () => {
    const { text, tables } = await impact(`flux kustomization delete -n cluster-config -k apps ${ARC}`);
    expect(text).toContain('kustomization apps (path ./apps/staging) is removed from cluster-config');
    const rows = tables[0]?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === 'cluster-config-apps')).toBe(true);
    expect(rows.map((r) => r[2])).toContain('podinfo');
  });

  it('extension delete names the configurations that would be left without Flux', async () => {
    const { text, tables } = await impact(`extension delete -n flux ${ARC}`);
    expect(text).toContain('1 flux configuration uses microsoft.flux (cluster-config)');
    expect(text).toContain('fluxops will refuse this delete');
    expect(tables[0]?.rows.map((r) => r[0])).toEqual(['cluster-config']);
  });

  it('says that confirming changes nothing when the target is not there', async () => {
    expect((await impact(`flux delete -n nope ${ARC}`)).text).toContain(
      'there is no flux configuration "nope"; confirming changes nothing',
    );
    expect((await impact(`flux kustomization delete -n cluster-config -k nope ${ARC}`)).text).toContain(
      'cluster-config has no kustomization "nope"',
    );
    const aks = '-g flux-demo-rg -c flux-demo-aks -t managedClusters';
    expect((await impact(`extension delete -n flux ${aks}`)).text).toContain(
      'extension "flux" is not installed; confirming changes nothing',
    );
  });
});
