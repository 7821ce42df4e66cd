import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../../src/replies/catalog/en/index.ts';
import { t } from '../../../src/replies/catalog/index.ts';
import type { Locale } from '../../../src/replies/locale/locale.ts';

/**
 * Every message of every catalog formats: given a value for each placeholder its English text names,
 * none of them is left in the output as `{name}`. A message ICU cannot parse (an angle-bracket word
 * read as a tag, an unbalanced brace) comes out raw, placeholders and all, which this catches.
 */
const LOCALES: Locale[] = ['en', 'ja', 'fr', 'en-XA'];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1]!))];
}

describe('every catalog message', () => {
  for (const locale of LOCALES) {
    it(`formats in ${locale} with its placeholders filled`, () => {
      const unfilled: string[] = [];
      for (const key of Object.keys(en) as MessageKey[]) {
        const names = placeholders(en[key]);
        const out = t(locale, key, Object.fromEntries(names.map((name) => [name, 7])));
        const left = names.filter((name) => out.includes(`{${name}}`) || out.includes(`{${name},`));
        if (left.length > 0) unfilled.push(`${key}: ${left.join(', ')}`);
      }
      expect(unfilled).toEqual([]);
    });
  }

  it('keeps a word in angle brackets as text', () => {
    expect(t('en', 'problem.input.too-many-flags.accepted', { limit: 100 })).toBe(
      'The flags listed in `help <command>`, each once (up to 100).',
    );
  });
});
