import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxSdkClient } from '../../sandbox/arm/sdk-client.ts';
import { tutorialSeed } from '../../sandbox/arm/seed.ts';
import { confirmImpact, type PreviewableCommand } from '../../src/azure/confirm-impact.ts';
import type { Locale } from '../../src/replies/locale/locale.ts';
import { ARC, type Harness, parsed, SUBSCRIPTION, startHarness, TUTORIAL_CREATE } from '../support/handlers/harness.ts';

/**
 * The delete confirmation's prune preview in the reader's language, read from live state through the
 * real SDK after the tutorial's configuration is in place (prune=true on infra and apps).
 */
describe('confirmation impact in the reader language', () => {
  let h: Harness;
  let impact: (text: string, locale: Locale) => ReturnType<typeof confirmImpact>;

  beforeAll(async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: { 'flux-demo-arc': '1.24.1' } }) });
    await h.run(TUTORIAL_CREATE);
    const arm = createSandboxSdkClient(h.sandbox, SUBSCRIPTION, { retryOptions: { maxRetries: 0 } });
    impact = (text, locale) => confirmImpact(arm, parsed(text) as PreviewableCommand, locale);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('flux delete: the prune preview in Japanese', async () => {
    const { text, tables } = await impact(`flux delete -n cluster-config ${ARC}`, 'ja');
    expect(text).toMatch(
      /^現在の状態: infra, apps は prune=true です。確認すると、Flux が適用したオブジェクト \d+ 個 \(.*HelmRelease cluster-config\/podinfo.*\)と、それらが作成したワークロードが削除されます。$/,
    );
    expect(tables[0]?.title).toBe('prune で削除されるもの');
    expect(tables[0]?.columns).toEqual(['種類', '名前空間', '名前', '適用元']);
    expect(tables[0]?.rows.map((r) => r[2])).toContain('podinfo');
  });

  it('flux delete: the prune preview in French', async () => {
    const { text, tables } = await impact(`flux delete -n cluster-config ${ARC}`, 'fr');
    expect(text).toMatch(
      /^État actuel : prune=true sur infra, apps — confirmer supprime \d+ objets appliqués par Flux \(/,
    );
    expect(tables[0]?.title).toBe('Supprimé par prune');
    expect(tables[0]?.columns).toEqual(['TYPE', 'ESPACE DE NOMS', 'NOM', 'APPLIQUÉ PAR']);
  });

  it('kustomization and extension deletes, and a missing target, in Japanese', async () => {
    expect((await impact(`flux kustomization delete -n cluster-config -k apps ${ARC}`, 'ja')).text).toMatch(
      /^現在の状態: kustomization apps \(パス \.\/apps\/staging\) が cluster-config から削除されます。prune=true のため .* も削除されます。$/,
    );
    expect((await impact(`extension delete -n flux ${ARC}`, 'ja')).text).toBe(
      '現在の状態: 1 個の Flux 構成が microsoft.flux を使用しています (cluster-config)。Flux がなくなるため、それらを削除するまで fluxops はこの削除を拒否します。',
    );
    expect((await impact(`flux delete -n nope ${ARC}`, 'ja')).text).toBe(
      '現在の状態: Flux 構成 "nope" は存在しません。確認しても何も変わりません。',
    );
  });
});
