import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { chat, decideIn } from '../support/console/console-client.ts';
import { englishOutsideCatalog } from '../support/i18n/english-outside-catalog.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * The tutorial in the pseudo-locale en-XA (accented, lengthened, bracketed English): every reply the
 * tour produces — immediate answers, progress, results, the confirmation and its preview — must carry
 * no English outside the catalog's brackets (see englishOutsideCatalog for what is checked). A text
 * written as a literal in code shows up here as plain English.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
const PSEUDO = 'en-XA';

/** Every bypass in the replies of one command, with the reply title to find it by. */
function bypasses(replies: Reply[]): string[] {
  const found = replies.flatMap((reply) =>
    englishOutsideCatalog(reply, /^(az |help )/.test(reply.title) ? reply.title : undefined).map(
      (text) => `${reply.title.slice(0, 40)} → ${text}`,
    ),
  );
  return [...new Set(found)];
}

describe('the tutorial in the pseudo-locale en-XA', () => {
  let app: Fluxops;
  const say = async (text: string, channel = 'pseudo') =>
    (await chat(app.url!, text, 'alice', channel, PSEUDO)).map((line) => line.reply);
  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the detector sees English that bypassed the catalog', () => {
    const leaked: Reply = { title: '⟦Ţíţļé ··⟧', status: 'info', text: 'Extension flux is not installed.' };
    expect(englishOutsideCatalog(leaked)).toEqual(['Extension flux is not installed.']);
    const clean: Reply = { title: '⟦Ţíţļé ··⟧', status: 'info', text: '⟦Éẋţéñšíóñ flux íš ñóţ íñšţáļļéð. ···⟧' };
    expect(englishOutsideCatalog(clean)).toEqual([]);
  });

  it('answers at once through the catalog: help, parse errors, use, context, the confirmation', async () => {
    const replies = [
      ...(await say('help')),
      ...(await say('help create')),
      ...(await say('flux create -n Bad_Name -u ftp://example.com/repo --branch main --tag v1 --interval 5x')),
      ...(await say('reconcle cluster-config')),
      ...(await say(`use ${ARC}`)),
      ...(await say('use --lang ja', 'pseudo-lang')),
      ...(await say('context')),
      ...(await say('audit')),
      ...(await say('jobs')),
    ];
    expect(replies.length).toBeGreaterThan(8);
    expect(replies.every((reply) => reply.locale === PSEUDO)).toBe(true);
    expect(bypasses(replies)).toEqual([]);
  });

  it('runs the tour — create, loglevel, status, delete with its preview — without bypassing the catalog', async () => {
    const replies = [
      ...(await say(CREATE)),
      ...(await say(`loglevel source-controller=error kustomize-controller=error ${ARC}`)),
      ...(await say(`status ${ARC}`)),
    ];
    const prompt = await say(`flux delete -n cluster-config ${ARC}`);
    replies.push(...prompt);
    const lines = await chat(app.url!, `flux delete -n cluster-config ${ARC}`, 'alice', 'pseudo', PSEUDO);
    replies.push(...(await decideIn(app.url!, lines[0]!.token!, 'cancel', 'alice', 'pseudo')).map((l) => l.reply));
    expect(prompt.at(-1)?.status).toBe('confirm');
    expect(bypasses(replies)).toEqual([]);
  });
});
