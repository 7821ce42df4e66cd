import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkLines } from '../../../../adapters/slack/render/chunk-lines.ts';
import { renderThread } from '../../../../adapters/slack/render/render-thread.ts';

type AnyBlock = { type: string; text?: { text: string }; elements?: { text: string }[] };

describe('chunkLines', () => {
  it('keeps every chunk under the block limit once escaped and fenced, and loses no short line', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 200 }), (lines) => {
        const chunks = chunkLines(lines, 3000);
        for (const chunk of chunks) {
          const escaped = chunk.map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
          expect(`\`\`\`${escaped.join('\n')}\`\`\``.length).toBeLessThanOrEqual(3000);
        }
        expect(chunks.flat()).toEqual(lines);
      }),
    );
  });

  it('cuts a single line too long for any block', () => {
    const [chunk] = chunkLines(['&'.repeat(5000)], 3000);
    expect(chunk?.[0]?.endsWith('…')).toBe(true);
  });
});

describe('renderThread', () => {
  it('splits long output into at most 5 messages and counts what is left as "N more lines"', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(80)}`);
    const messages = renderThread([{ title: 'Logs', lines }]);
    expect(messages).toHaveLength(5);
    const shown = messages.flatMap((m) =>
      (m.blocks as AnyBlock[])
        .filter((b) => b.type === 'section')
        .flatMap((b) => b.text!.text.slice(3, -3).split('\n')),
    );
    const note = (messages.at(-1)!.blocks as AnyBlock[]).at(-1)!;
    expect(note.elements?.[0]?.text).toBe(
      `… ${(lines.length - shown.length).toLocaleString('en')} more lines not shown`,
    );
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const b of m.blocks as AnyBlock[]) expect((b.text?.text ?? '').length).toBeLessThanOrEqual(3000);
    }
  });

  it('posts short output in one message without a note', () => {
    const messages = renderThread([{ title: 'Events', lines: ['a', 'b'] }]);
    expect(messages).toHaveLength(1);
    expect(JSON.stringify(messages[0]?.blocks)).not.toContain('more lines');
  });
});
