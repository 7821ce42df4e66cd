import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../adapters/teams/render-card.ts';
import { digestReply } from '../../../src/alerts/engine/digest.ts';

/** The digest is written in its channel's language and says so, so the adapters' chrome matches it. */
describe('digestReply', () => {
  const snapshot = {
    key: 'dg-test-1',
    seq: 1,
    lines: [
      {
        object: 'HelmRelease/podinfo',
        cluster: 'flux-demo-aks',
        reason: 'UpgradeSucceeded',
        count: 2,
        state: 'resolved',
      },
    ],
  } as const;

  it('carries the language it is written in, and the renderer draws its status word in it', () => {
    const ja = digestReply({ ...snapshot, lines: [...snapshot.lines] }, 3, 'ja');
    expect(ja.locale).toBe('ja');
    // The Teams card's status word is the adapter's chrome.
    const card = JSON.stringify(renderCard(ja));
    expect(card).toContain('"成功"');
    expect(card).not.toContain('"Succeeded"');
    expect(digestReply({ ...snapshot, lines: [...snapshot.lines] }, 3, 'fr').locale).toBe('fr');
  });

  it('leaves English replies without a locale, the adapters’ default', () => {
    expect(digestReply({ ...snapshot, lines: [...snapshot.lines] }, 3, 'en').locale).toBeUndefined();
  });
});
