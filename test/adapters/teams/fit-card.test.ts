import { describe, expect, it } from 'vitest';
import { CARD_BUDGETS, FIT_ATTEMPTS, fitCard } from '../../../adapters/teams/fit-card.ts';
import { renderCard } from '../../../adapters/teams/render-card.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { showReply, statusReply } from '../../support/large-replies.ts';
import { cardText } from '../../support/teams/card-reading.ts';

const size = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf8');

/** Every row of every table appears in the card or in the overflow, each once. */
function expectEveryRow(reply: Reply, attempt: number) {
  const { card, overflow } = fitCard(reply, attempt);
  const shown = cardText(card);
  const followed = overflow.flatMap((d) => d.lines).join('\n');
  for (const row of reply.tables!.flatMap((t) => t.rows)) {
    expect(shown.includes(row[1]!) || followed.includes(row[1]!)).toBe(true);
  }
}

describe('fitCard', () => {
  it('sends a card under the budget as renderCard draws it', () => {
    const reply: Reply = { title: 'flux list', status: 'succeeded', tables: [{ columns: ['A'], rows: [['x']] }] };
    expect(fitCard(reply)).toEqual({ card: renderCard(reply), overflow: [] });
  });

  it('paginates the 3 × 30 status and a 63-row flux show under 28 KB, every row kept', () => {
    for (const reply of [statusReply(), showReply()]) {
      expect(size(renderCard(reply))).toBeGreaterThan(CARD_BUDGETS[0]);
      const { card, overflow } = fitCard(reply);
      expect(size(card)).toBeLessThanOrEqual(CARD_BUDGETS[0]);
      expect(overflow).toHaveLength(1);
      expect(cardText(card)).toMatch(/\d+ more rows — in the messages that follow\./);
      expectEveryRow(reply, 0);
    }
  });

  it('fits a smaller budget on the retry after a 413, and ends with a short card', () => {
    const reply = statusReply();
    expect(size(fitCard(reply, 1).card)).toBeLessThanOrEqual(CARD_BUDGETS[1]);
    expectEveryRow(reply, 1);
    const short = fitCard(reply, FIT_ATTEMPTS - 1);
    expect(cardText(short.card)).toContain('Too large for one Teams message');
    expect(short.overflow.map((d) => d.title)).toEqual(['Text', 'Kustomizations']);
    expectEveryRow(reply, FIT_ATTEMPTS - 1);
  });

  it('goes straight to the short card when prose alone is over the budget', () => {
    const reply: Reply = { title: 'parse error', status: 'failed', text: 'é'.repeat(40_000) };
    const { card, overflow } = fitCard(reply);
    expect(size(card)).toBeLessThanOrEqual(CARD_BUDGETS[0]);
    expect(overflow[0]?.lines.join('')).toBe(reply.text);
  });
});
