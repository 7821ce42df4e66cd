import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../../adapters/slack/render/mrkdwn.ts';
import { splitMrkdwn } from '../../../../adapters/slack/render/split-mrkdwn.ts';

/** Text made of the pieces that must never be cut: entities, code spans, emoji, plain words. */
const tokens = fc.array(
  fc.constantFrom('a', 'word ', '&', '<none>', '`code span`', '🔄', 'é', '\n', ' ', 'rg<1> & x'),
  { maxLength: 400 },
);

function endsInsideEntity(piece: string): boolean {
  return /&[a-z]{0,3}$/.test(piece);
}

describe('splitMrkdwn', () => {
  it('keeps every piece under the limit and the text whole', () => {
    fc.assert(
      fc.property(tokens, fc.integer({ min: 20, max: 120 }), (parts, max) => {
        const text = escapeMrkdwn(parts.join(''));
        const pieces = splitMrkdwn(text, max);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('never cuts inside an entity, a code span or a character', () => {
    fc.assert(
      fc.property(tokens, fc.integer({ min: 20, max: 120 }), (parts, max) => {
        const pieces = splitMrkdwn(escapeMrkdwn(parts.join('')), max);
        for (const piece of pieces) {
          expect(endsInsideEntity(piece)).toBe(false);
          expect((piece.match(/`/g) ?? []).length % 2).toBe(0);
          const last = piece.charCodeAt(piece.length - 1);
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
      }),
    );
  });

  it('cuts at a line break when there is one in reach', () => {
    expect(splitMrkdwn(`${'a'.repeat(15)}\n${'b'.repeat(10)}`, 20)).toEqual([`${'a'.repeat(15)}\n`, 'b'.repeat(10)]);
    // A line break in reach wins over a later space, so lines stay whole.
    expect(splitMrkdwn(`${'a'.repeat(12)}\nb b b b b`, 20)).toEqual([`${'a'.repeat(12)}\n`, 'b b b b b']);
  });

  it('moves a cut that would fall in `&amp;` before the entity', () => {
    const text = `${'x'.repeat(18)}&amp;y`;
    expect(splitMrkdwn(text, 20)).toEqual(['x'.repeat(18), '&amp;y']);
  });
});
