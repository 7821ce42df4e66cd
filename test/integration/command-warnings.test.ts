import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * A command's warnings (an az output flag fluxops ignores, a documentation placeholder it replaced with
 * the channel's cluster) reach the reader: on the queued reply and on every reply of its job, in the
 * reader's language; a refused command shows none.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('command warnings from the console', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an ignored az flag: on the queued reply and the result, in French', async () => {
    const lines = await chat(app.url!, `flux list ${ARC} --output table`, 'alice', 'warn-fr', 'fr_FR.UTF-8');
    const warningLine = '⚠ --output ne change que l’affichage de l’interface az ; fluxops l’ignore.';
    expect(lines[0]?.reply.status).toBe('queued');
    expect(lines[0]?.reply.text?.split('\n')[0]).toBe(warningLine);
    const final = lastReply(lines);
    expect(final.status).toBe('succeeded');
    expect(final.text?.split('\n')[0]).toBe(warningLine);
    expect(lines.every((l) => l.reply.text?.includes(warningLine))).toBe(true);
  });

  it('documentation placeholders replaced by the channel’s cluster: said in Japanese', async () => {
    await chat(app.url!, `use ${ARC}`, 'alice', 'warn-ja', 'ja_JP.UTF-8');
    const final = lastReply(
      await chat(app.url!, 'flux list -g <resource-group> -c <cluster-name>', 'alice', 'warn-ja', 'ja_JP.UTF-8'),
    );
    expect(final.status).toBe('succeeded');
    expect(final.text?.split('\n').slice(0, 2)).toEqual([
      '⚠ --resource-group <resource-group> はドキュメントのプレースホルダーです。チャンネルの既定値 flux-demo-rg を使いました。',
      '⚠ --cluster-name <cluster-name> はドキュメントのプレースホルダーです。チャンネルの既定値 flux-demo-arc を使いました。',
    ]);
  });

  it('a refused command says only why it was refused', async () => {
    const refused = lastReply(await chat(app.url!, `flux list ${ARC} --output table --bogus`, 'alice', 'warn-en'));
    expect(refused.status).toBe('failed');
    expect(refused.text).toContain('--bogus');
    expect(refused.text).not.toContain('⚠');
  });
});
