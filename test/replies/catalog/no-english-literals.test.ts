import { describe, expect, it } from 'vitest';
import { englishLiterals } from '../../support/i18n/english-literals.ts';

/**
 * No user-facing English literal outside the catalogs: every Reply title, text, label, card text and
 * table column in the renderers and in reply construction comes from `t()`, and so does every problem
 * param and alert message of fluxops' own. The scan covers every folder that builds replies — every
 * adapter, submit, commands, access, Azure (the confirmation preview, warnings), the job handlers,
 * alerts and everything under src/cluster (tables, the watchers' OOM alert, kube error texts).
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
 * An entry without `text` covers the whole file.
 */
const ALLOWED: ReadonlyArray<{ file: string; text?: string; why: string }> = [
  {
    file: 'src/alerts/sources/read-flux-webhook-event.ts',
    why: "reasons answered to Flux's notification-controller over HTTP and logged; no chat reader sees them",
  },
  {
    file: 'src/alerts/sources/verify-flux-signature.ts',
    why: 'signature refusals for the webhook log and the rejection metric; no chat reader sees them',
  },
  {
    file: 'adapters/teams/fluxops-bot.ts',
    text: 'not a fluxops action',
    why: 'the invoke error body for a card action fluxops never made; Teams shows the reader no text of it',
  },
];

const root = new URL('../../../', import.meta.url).pathname;

describe('user-facing English outside the catalogs', () => {
  it('finds literals in reply construction (the scan bites)', () => {
    const found = englishLiterals(root, ['test/fixtures/i18n/literal-scan']).map((f) => f.text);
    // Sorted: the order files are listed in depends on the file system.
    expect([...found].sort()).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the scan reports a template literal's source text
      "Extension ${'flux'} is installed on the cluster.",
      'Extension installed',
      'Reconciliation is suspended.',
      'a controller name',
      "columns: ['NAME', 'READY']",
    ]);
  });

  it('finds none in the renderers, submit, handlers, alerts and cluster tables', () => {
    const found = englishLiterals(root, ROOTS).filter(
      (f) => !ALLOWED.some((allowed) => allowed.file === f.file && (allowed.text ?? f.text) === f.text),
    );
    expect(found.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });
});
