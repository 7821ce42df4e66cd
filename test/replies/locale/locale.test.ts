import { afterEach, describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/replies/locale/locale.ts';

describe('resolveLocale', () => {
  const saved = process.env.FLUXOPS_DEFAULT_LOCALE;
  afterEach(() => {
    if (saved === undefined) delete process.env.FLUXOPS_DEFAULT_LOCALE;
    else process.env.FLUXOPS_DEFAULT_LOCALE = saved;
  });

  it.each([
    ['ja-JP', 'ja'],
    ['ja', 'ja'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['en-US', 'en'],
    ['ja_JP.UTF-8', 'ja'],
    ['fr_FR.UTF-8', 'fr'],
    ['fr_FR@euro', 'fr'],
    ['JA_jp.utf8', 'ja'],
    ['en-XA', 'en-XA'],
  ])('reads %s as %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it.each(['C', 'POSIX', 'C.UTF-8', 'de-DE', '', '  ', 'xx_YY', 'ja;drop'])(
    'falls back to FLUXOPS_DEFAULT_LOCALE for %j',
    (tag) => {
      process.env.FLUXOPS_DEFAULT_LOCALE = 'fr';
      expect(resolveLocale(tag)).toBe('fr');
      delete process.env.FLUXOPS_DEFAULT_LOCALE;
      expect(resolveLocale(tag)).toBe('en');
    },
  );

  it('falls back to the given locale (a channel’s) before the default', () => {
    expect(resolveLocale(undefined, 'ja')).toBe('ja');
    expect(resolveLocale('de_DE.UTF-8', 'ja')).toBe('ja');
  });

  it('ignores a default that is not a language fluxops speaks', () => {
    process.env.FLUXOPS_DEFAULT_LOCALE = 'de';
    expect(resolveLocale(undefined)).toBe('en');
  });
});
