import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp } from '../support/test-app.ts';

/** `use --lang`: the channel's language, kept apart from its cluster, used when the reader's is unknown. */
describe('use --lang', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('sets the language alone, leaving the channel without a cluster', async () => {
    const set = lastReply(await chat(app.url!, 'use --lang ja', 'alice', 'lang-alone'));
    expect(set.status).toBe('succeeded');
    expect(set.title).toBe('Channel language set');
    expect(set.fields).toEqual([{ label: 'Language', value: 'Japanese (ja)' }]);
    const context = lastReply(await chat(app.url!, 'context', 'alice', 'lang-alone', 'en_US.UTF-8'));
    expect(context.title).toBe('No cluster for this channel');
    // Without a reader locale the channel's language answers.
    expect(lastReply(await chat(app.url!, 'context', 'alice', 'lang-alone')).title).toBe(
      'このチャンネルにはクラスターが設定されていません',
    );
  });

  it('answers in the reader’s language first, the channel’s when the reader sends none', async () => {
    await chat(app.url!, 'use --lang ja', 'alice', 'lang-fallback');
    const french = lastReply(await chat(app.url!, 'use --lang ja', 'alice', 'lang-fallback', 'fr_FR.UTF-8'));
    expect(french.title).toBe('Langue du canal définie');
    expect(french.fields).toEqual([{ label: 'Langue', value: 'japonais (ja)' }]);
    const none = lastReply(await chat(app.url!, 'use --lang fr', 'alice', 'lang-fallback', 'C'));
    expect(none.title).toBe('チャンネルの言語を設定しました');
    expect(none.fields).toEqual([{ label: '言語', value: 'フランス語 (fr)' }]);
    const nowFrench = lastReply(await chat(app.url!, 'use --lang en', 'alice', 'lang-fallback'));
    expect(nowFrench.title).toBe('Langue du canal définie');
  });

  it('sets cluster and language together', async () => {
    const both = lastReply(
      await chat(app.url!, 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters --lang fr', 'alice', 'lang-both'),
    );
    expect(both.title).toBe('Channel cluster set');
    expect(both.fields).toContainEqual({ label: 'Language', value: 'French (fr)' });
    const again = lastReply(await chat(app.url!, 'use --lang ja', 'alice', 'lang-both'));
    expect(again.title).toBe('Langue du canal définie');
    expect(lastReply(await chat(app.url!, 'context', 'alice', 'lang-both')).fields).toContainEqual({
      label: 'クラスター',
      value: 'flux-demo-arc',
    });
  });

  it('refuses a language fluxops does not write, saying which it does', async () => {
    const refused = lastReply(await chat(app.url!, 'use --lang de', 'alice', 'lang-bad'));
    expect(refused.status).toBe('failed');
    expect(refused.text).toContain("fluxops does not write in 'de'.");
    expect(refused.text).toContain('--lang followed by one of en, ja, fr.');
    expect(refused.text).toContain('use --lang ja');
  });
});
