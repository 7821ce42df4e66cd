/**
 * The shell-like tokenizer and the quoting that inverts it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteToken } from '../../src/commands/quote-token.ts';
import { tokenize } from '../../src/commands/tokenize.ts';

describe('tokenize', () => {
  it.each([
    ['a  b\tc\nd', ['a', 'b', 'c', 'd']],
    ['\'single quoted\' "double quoted"', ['single quoted', 'double quoted']],
    ['"a \\"b\\" \\\\ c" \'x\\y\'', ['a "b" \\ c', 'x\\y']],
    ['dependsOn=\\["infra"\\]', ['dependsOn=[infra]']],
    ['create \\\n-g rg  \\   \n-c c', ['create', '-g', 'rg', '-c', 'c']],
    [
      '-t <connectedClusters or managedClusters> -g <rg>',
      ['-t', '<connectedClusters or managedClusters>', '-g', '<rg>'],
    ],
    ['k=<user id>', ['k=<user', 'id>']],
    ["''", ['']],
    ['trailing\\', ['trailing']],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual({ ok: true, tokens });
  });

  it('reports unterminated quotes with their position', () => {
    expect(tokenize('a "b')).toEqual({ ok: false, quote: '"', position: 2 });
    expect(tokenize("x 'y")).toEqual({ ok: false, quote: "'", position: 2 });
  });

  it('round-trips any list of words through quoteToken', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (words) => {
        expect(tokenize(words.map(quoteToken).join(' '))).toEqual({ ok: true, tokens: words });
      }),
      { numRuns: 500 },
    );
  });

  it('leaves safe words bare and quotes the rest', () => {
    expect(quoteToken('name=apps')).toBe('name=apps');
    expect(quoteToken("it's here")).toBe("'it'\\''s here'");
    expect(quoteToken('')).toBe("''");
  });
});
