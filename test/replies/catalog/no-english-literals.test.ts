import { describe, expect, it } from 'vitest';
import { englishLiterals } from '../../support/i18n/english-literals.ts';

/**
 * No user-facing English literal outside the catalogs: every Reply title, text, label, card text and
 * table column in the renderers and in reply construction comes from `t()`. The scan covers every
 * folder that builds replies — the adapters' renderers, submit, the confirmation preview, the job
 * handlers, alerts and the cluster tables.
 */
const ROOTS = [
  'src/replies',
  'src/submit',
  'src/commands',
  'src/azure',
  'src/access',
  'adapters',
  'jobs/handlers',
  'src/alerts',
  'src/cluster',
];

/**
 * Literals that may stay, each with why. Keep it short: a new entry needs a reason a reviewer accepts.
 * (Empty: everything the scan sees is expected to go through the catalog.)
 */
const ALLOWED: ReadonlyArray<{ file: string; text: string; why: string }> = [];

const root = new URL('../../../', import.meta.url).pathname;

describe('user-facing English outside the catalogs', () => {
  it('finds literals in reply construction (the scan bites)', () => {
    const found = englishLiterals(root, ['test/fixtures/i18n/literal-scan']).map((f) => f.text);
    expect(found).toEqual([
      'Extension installed',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the scan reports a template literal's source text
      "Extension ${'flux'} is installed on the cluster.",
      "columns: ['NAME', 'READY']",
    ]);
  });

  it('finds none in the renderers, submit, handlers, alerts and cluster tables', () => {
    const found = englishLiterals(root, ROOTS).filter(
      (f) => !ALLOWED.some((allowed) => allowed.file === f.file && allowed.text === f.text),
    );
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
