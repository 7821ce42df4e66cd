import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../adapters/console/render-text.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * Golden Japanese and French replies of the README tour, through the console route (the client sends
 * LANG as `ja_JP.UTF-8` / `fr_FR.UTF-8`) and rendered by the console's own renderer: `help`, a parse
 * error with several problems, and the delete confirmation with its prune preview. The goldens are in
 * test/fixtures/i18n/; after a deliberate wording change, `UPDATE_GOLDENS=1` rewrites them (review the
 * diff: it is the translation).
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
const BROKEN = 'flux create -n Bad_Name -u ftp://example.com/repo --branch main --tag v1 --interval 5x';

function golden(name: string, actual: string): void {
  const file = new URL(`../fixtures/i18n/${name}.txt`, import.meta.url);
  if (process.env.UPDATE_GOLDENS === '1') writeFileSync(file, `${actual}\n`);
  expect(actual).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
}

const LANGS = [
  ['ja', 'ja_JP.UTF-8'],
  ['fr', 'fr_FR.UTF-8'],
] as const;

describe('golden ja and fr replies of the tour', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
    expect(lastReply(await chat(app.url!, CREATE, 'alice', 'golden')).status).toBe('succeeded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(LANGS)('help in %s', async (lang, posix) => {
    golden(`${lang}-help`, renderText(lastReply(await chat(app.url!, 'help', 'alice', 'golden', posix))));
  });

  it.each(LANGS)('a parse error with several problems in %s', async (lang, posix) => {
    const reply = lastReply(await chat(app.url!, BROKEN, 'alice', `golden-${lang}`, posix));
    expect(reply.status).toBe('failed');
    expect(reply.text?.split('\n').filter((line) => line.startsWith('• ')).length).toBeGreaterThanOrEqual(4);
    golden(`${lang}-parse-error`, renderText(reply));
  });

  it.each(LANGS)('the delete confirmation with its prune preview in %s', async (lang, posix) => {
    const lines = await chat(app.url!, `flux delete -n cluster-config ${ARC}`, 'alice', 'golden', posix);
    const preview = lines.at(-1)!;
    expect(preview.reply.status).toBe('confirm');
    expect(preview.reply.locale).toBe(lang);
    golden(`${lang}-delete-confirm`, renderText(preview.reply));
    const cancelled = lastReply(await decideIn(app.url!, preview.token!, 'cancel', 'alice', 'golden'));
    // The click carries no locale here: the answer keeps the prompt's language.
    expect(cancelled.locale).toBe(lang);
  });
});
