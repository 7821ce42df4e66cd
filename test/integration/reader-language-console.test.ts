import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMessage } from '../../adapters/console/console-client.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * The tutorial from the console with LANG=ja_JP.UTF-8 (sent with each request, as `npm run chat` does):
 * the locale reaches the job and the confirmation preview, so the create result, its objects table and
 * the delete prompt's prune preview come back in Japanese, and the confirmed delete too.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;

async function chatIn(baseUrl: string, text: string, locale: string): Promise<Reply[]> {
  const replies: Reply[] = [];
  for await (const line of sendMessage({ baseUrl }, { user: 'alice', channel: 'lang', text, locale })) {
    if (line.type === 'reply') replies.push(line.reply);
  }
  return replies;
}

describe('the tutorial from a Japanese console', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('flux create: the result and its objects table in Japanese', async () => {
    const created = (await chatIn(app.url!, CREATE, 'ja_JP.UTF-8')).at(-1);
    expect(created?.status).toBe('succeeded');
    expect(created?.text).toContain('Flux 構成 cluster-config を作成しています');
    expect(created?.text).toContain('cluster-config は Compliant です。');
    expect(created?.tables?.find((t) => t.title === 'オブジェクト')?.columns[0]).toBe('種類');
  });

  it('flux list and flux show of a missing configuration: the cluster is described in Japanese', async () => {
    const listed = (await chatIn(app.url!, `flux list ${ARC}`, 'ja_JP.UTF-8')).at(-1);
    expect(listed?.provenance?.cluster).toBe('flux-demo-arc (connectedClusters、リソース グループ flux-demo-rg)');
    const missing = (await chatIn(app.url!, `flux show -n no-such-config ${ARC}`, 'ja_JP.UTF-8')).at(-1);
    expect(missing?.text).toContain('リソース グループ flux-demo-rg');
    expect(missing?.text).not.toContain('resource group');
  });

  it('flux delete: the prompt is updated with the prune preview in Japanese, and the delete answers in it', async () => {
    const replies = await chatIn(app.url!, `flux delete -n cluster-config ${ARC}`, 'ja_JP.UTF-8');
    const preview = replies.at(-1);
    expect(preview?.status).toBe('confirm');
    expect(preview?.text).toContain('現在の状態: infra, apps は prune=true です');
    expect(preview?.tables?.find((t) => t.title === 'prune で削除されるもの')?.rows.map((r) => r[2])).toEqual(
      expect.arrayContaining(['nginx', 'redis', 'podinfo']),
    );
    const token = preview?.actions?.[0]?.confirmToken;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const deleted = lastReply(await decideIn(app.url!, token!, 'confirm', 'alice', 'lang'));
    expect(deleted.status).toBe('succeeded');
    expect(deleted.text).toContain('Flux 構成 cluster-config を flux-demo-arc から削除しました。');
  });

  it('jobs, audit and access whoami: fluxops’ own words in Japanese', async () => {
    const jobs = (await chatIn(app.url!, 'jobs', 'ja_JP.UTF-8')).at(-1);
    const states = jobs?.tables?.[0]?.rows.map((row) => row[3]) ?? [];
    expect(states).toContain('成功');
    expect(states).not.toContain('succeeded');
    const audit = (await chatIn(app.url!, 'audit', 'ja_JP.UTF-8')).at(-1);
    const rows = audit?.tables?.[0]?.rows ?? [];
    expect(rows.map((row) => row[2])).toEqual(expect.arrayContaining(['受付', '完了']));
    expect(rows.flat().join(' ')).not.toMatch(/\b(submitted|finished|succeeded|access control off)\b/);
    const whoami = (await chatIn(app.url!, 'access whoami', 'ja_JP.UTF-8')).at(-1);
    expect(whoami?.text).toContain('アクセス制御オフ');
    expect(whoami?.text).not.toContain('access control off');
  });
});
