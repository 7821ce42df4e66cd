import { afterEach, describe, expect, it } from 'vitest';
import { tutorialSeed } from '../../../sandbox/arm/seed.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { ARC, type Harness, jobFor, parsed, startHarness, TUTORIAL_CREATE } from '../../support/handlers/harness.ts';

/**
 * Job replies in the reader's language: the locale the platform reported travels in the job's data
 * and every line a handler writes — progress steps, the result, field labels, table titles and
 * headers — comes from the catalog in that language. Azure's values (Compliant, Succeeded), names,
 * commands and flags stay as they are. The en-XA pseudo-locale shows nothing bypasses the catalog.
 */
const LATEST = { 'flux-demo-arc': '1.24.1' };

async function runIn(h: Harness, text: string, locale: string) {
  const job = jobFor(parsed(text));
  job.data.locale = locale;
  return h.run(text, job);
}

/** Every text a reader sees in a reply, except values: the text, field labels, table titles and headers. */
function chrome(reply: Reply): string[] {
  return [
    ...(reply.text ?? '').split('\n'),
    ...(reply.fields ?? []).map((f) => f.label),
    ...(reply.tables ?? []).flatMap((t) => [t.title ?? '', ...t.columns]),
  ].filter((line) => line !== '');
}

describe('job replies in the reader language', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('tutorial create in Japanese: install and create progress, compliance, result and objects table', async () => {
    h = await startHarness();
    const { reply, progress } = await runIn(h, TUTORIAL_CREATE, 'ja-JP');
    const texts = progress.map((p) => p.text ?? '');
    expect(
      texts.some((t) =>
        /microsoft\.flux が flux-demo-arc にインストールされていません。拡張機能 "flux" としてインストールしています: Azure が受け付けました。操作 [0-9a-f-]{36}。/.test(
          t,
        ),
      ),
    ).toBe(true);
    expect(texts.some((t) => /Flux 構成 cluster-config を作成しています: 操作 [0-9a-f-]{36} Succeeded。/.test(t))).toBe(
      true,
    );
    expect(texts.some((t) => t.includes('コンプライアンス: '))).toBe(true);

    expect(reply.status).toBe('succeeded');
    expect(reply.text).toContain('cluster-config は Compliant です。');
    expect(reply.fields).toContainEqual({ label: 'コンプライアンス', value: 'Compliant' });
    expect(reply.fields).toContainEqual({ label: '名前空間', value: 'cluster-config (スコープ cluster)' });
    expect(reply.fields).toContainEqual({ label: '参照', value: 'ブランチ main' });
    const objects = reply.tables?.find((t) => t.title === 'オブジェクト');
    expect(objects?.columns).toEqual(['種類', '名前空間', '名前', 'コンプライアンス', '理由', 'メッセージ']);
    expect(objects?.rows.map((r) => `${r[0]} ${r[2]} ${r[3]}`)).toContain('HelmRelease podinfo Compliant');
  });

  it('tutorial create in French: progress, result and objects table', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: LATEST }) });
    const { reply, progress } = await runIn(h, TUTORIAL_CREATE, 'fr_FR.UTF-8');
    const texts = progress.map((p) => p.text ?? '');
    expect(texts.some((t) => t.includes('microsoft.flux 1.24.1 est installée (extension flux).'))).toBe(true);
    expect(
      texts.some((t) => /Création de la configuration Flux cluster-config : acceptée par Azure, opération/.test(t)),
    ).toBe(true);
    expect(reply.text).toContain('cluster-config est Compliant.');
    expect(reply.fields).toContainEqual({ label: 'Conformité', value: 'Compliant' });
    const objects = reply.tables?.find((t) => t.title === 'Objets');
    expect(objects?.columns).toEqual(['TYPE', 'ESPACE DE NOMS', 'NOM', 'CONFORMITÉ', 'RAISON', 'MESSAGE']);
    expect(objects?.rows.map((r) => `${r[0]} ${r[2]}`)).toContain('Kustomization cluster-config-apps');
  });

  it.each([
    [
      'ja-JP',
      '拡張機能 flux を更新しました: 2 件の設定のうち 2 件が変更されました (変更前 → 変更後は表を参照)。',
      { title: '変更', columns: ['設定', '変更前', '変更後'] },
      ['source-controller.log-level', 'info (既定値)', 'error'],
    ],
    [
      'fr-FR',
      'Extension flux mise à jour : 2 paramètres modifiés sur 2 (avant → après dans le tableau).',
      { title: 'Modifications', columns: ['PARAMÈTRE', 'AVANT', 'APRÈS'] },
      ['source-controller.log-level', 'info (par défaut)', 'error'],
    ],
  ])('loglevel before → after in %s', async (locale, sentence, table, row) => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: LATEST }) });
    const { reply } = await runIn(h, `loglevel source-controller=error kustomize-controller=error ${ARC}`, locale);
    expect(reply.status).toBe('succeeded');
    expect(reply.text).toContain(sentence);
    expect(reply.tables?.[0]).toMatchObject(table);
    expect(reply.tables?.[0]?.rows).toContainEqual(row);
  });

  it('flux delete in Japanese says what prune=true takes with it, then lists what was removed', async () => {
    h = await startHarness({ seed: tutorialSeed({ installedFlux: LATEST }) });
    await h.run(TUTORIAL_CREATE);
    const { reply, progress } = await runIn(h, `flux delete -n cluster-config --yes ${ARC}`, 'ja');
    expect(progress[0]?.text).toMatch(
      /^infra, apps は prune=true です: cluster-config を削除すると、それらがデプロイしたもの \(.*HelmRelease cluster-config\/podinfo.* とそれらが作成したワークロード\) も削除されます。/,
    );
    expect(reply.text).toContain(
      'Flux 構成 cluster-config を flux-demo-arc から削除しました。一緒に prune されたもの:',
    );
    expect(reply.tables?.[0]).toMatchObject({
      title: '削除済み (prune=true)',
      columns: ['種類', '名前空間', '名前', '適用元'],
    });
  });

  it('the en-XA pseudo-locale reaches every line, label and header of create and loglevel', async () => {
    h = await startHarness();
    const created = await runIn(h, TUTORIAL_CREATE, 'en-XA');
    const updated = await runIn(h, `loglevel source-controller=error ${ARC}`, 'en-XA');
    const replies = [...created.progress, created.reply, ...updated.progress, updated.reply];
    const bypassed = replies.flatMap(chrome).filter((line) => !line.includes('⟦'));
    expect(bypassed).toEqual([]);
  });
});
