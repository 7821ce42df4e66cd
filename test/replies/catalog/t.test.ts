import { describe, expect, it } from 'vitest';
import { t, translate } from '../../../src/replies/catalog/index.ts';

describe('t()', () => {
  it('formats ICU plurals in each language', () => {
    expect(t('en', 'chrome.thread.rows', { count: 1 })).toBe('… 1 more row — in the thread');
    expect(t('en', 'chrome.thread.rows', { count: 4 })).toBe('… 4 more rows — in the thread');
    expect(t('fr', 'chrome.thread.rows', { count: 1 })).toBe('… 1 autre ligne — dans le fil');
    expect(t('fr', 'chrome.thread.rows', { count: 4 })).toBe('… 4 autres lignes — dans le fil');
    expect(t('ja', 'chrome.thread.rows', { count: 4 })).toBe('… ほか 4 行はスレッドにあります');
  });

  it('keeps ASCII apostrophes literal around values', () => {
    expect(translate('problem.command.unknown.message', { word: 'reconcle' })).toBe(
      "'reconcle' is not a fluxops command.",
    );
  });

  it('leaves numbers in simple placeholders as written', () => {
    expect(translate('problem.input.too-long.message', { length: 12345, limit: 4000 })).toBe(
      'The message is 12345 characters long; fluxops reads at most 4000.',
    );
  });

  it('shows placeholders rather than throwing when a value is missing', () => {
    expect(t('fr', 'submit.lang.set.text', {})).toContain('{language}');
  });

  it('returns an unknown key as it is', () => {
    expect(translate('no.such.key')).toBe('no.such.key');
  });

  it('pseudo-localizes en-XA: accented, lengthened, bracketed, values and flags untouched', () => {
    const text = t('en-XA', 'warning.no-wait-ignored', { command: 'flux show' });
    expect(text).toMatch(/^⟦--no-wait ĥáš ñó éƒƒéçţ óñ `flux show`\. ·+⟧$/);
    expect(t('en-XA', 'problem.command.unknown.message', { word: 'reconcle' })).toContain("'reconcle'");
  });
});
