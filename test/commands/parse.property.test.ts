/**
 * Properties of the whole parser: it never throws, and displays never leak secrets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';
import { quoteToken } from '../../src/commands/quote-token.ts';
import { redact } from '../../src/commands/redact.ts';
import { CONTEXT } from '../support/commands/parse.ts';

const WORDS = [
  'az',
  'k8s-configuration',
  'flux',
  'create',
  'update',
  'show',
  'extension',
  '-n',
  '-g',
  '-k',
  '--config',
  '--url',
  '--branch',
  'name=a',
  '"',
  "'",
  '\\',
  '<',
  '>',
  '&amp;',
  '—',
  '<p>',
  'loglevel',
  'alerts',
  'mute',
];

describe('parseCommand', () => {
  it('never throws on arbitrary strings and always returns a typed result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, withContext) => {
        const result = parseCommand(text, withContext ? { context: CONTEXT } : {});
        if (result.ok) expect(typeof result.command.display).toBe('string');
        else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const item of result.problems) expect(typeof item.message).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on command-shaped noise', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string()), { maxLength: 20 }), (words) => {
        const result = parseCommand(words.join(' '), { context: CONTEXT });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never shows a secret in the display or the redacted command', () => {
    // A marker prefix keeps a generated secret from colliding with ordinary display text like `flux`.
    const secret = fc.string({ minLength: 1, maxLength: 40 }).map((s) => `Zq9${s}`);
    const flag = fc.constantFrom(
      '--https-key',
      '--bucket-secret-key',
      '--sp-client-secret',
      '--sp-cert-password',
      '--account-key',
      '--sas-token',
      '--config-protected',
    );
    fc.assert(
      fc.property(secret, flag, (value, name) => {
        const base =
          name === '--https-key'
            ? 'flux create c -u https://github.com/x/y --branch main --https-user me'
            : name === '--bucket-secret-key'
              ? 'flux update c --kind bucket --url https://s3.amazonaws.com --bucket-name b --bucket-access-key ak'
              : name === '--config-protected'
                ? 'extension update'
                : name === '--sp-cert-password'
                  ? 'flux update c --kind azblob --url https://a.blob.core.windows.net --container-name c --sp-client-id i --sp-tenant-id t --sp-client-cert cert'
                  : name === '--sp-client-secret'
                    ? 'flux update c --kind azblob --url https://a.blob.core.windows.net --container-name c --sp-client-id i --sp-tenant-id t'
                    : 'flux update c --kind azblob --url https://a.blob.core.windows.net --container-name c';
        const text = `${base} ${name} ${quoteToken(name === '--config-protected' ? `k=${value}` : value)}`;
        const result = parseCommand(text, { context: CONTEXT });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.command.display.includes(value)).toBe(false);
        expect(JSON.stringify(redact(result.command)).includes(JSON.stringify(value).slice(1, -1))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('re-parses its own display to the same command', () => {
    const texts = [
      'flux create c -u https://github.com/x/y --branch main -k name=infra path=./infra prune=true -k name=apps dependsOn=infra sync_interval=1h30m',
      'flux update c --tag v2 --timeout 90s -k name=apps disable_health_check=true',
      'oomwatch on threshold=70 interval=700ms',
      'alerts subscribe --kinds Kustomization --exclude "^a b"',
    ];
    for (const text of texts) {
      const first = parseCommand(text, { context: CONTEXT });
      if (!first.ok) throw new Error(text);
      const again = parseCommand(first.command.display, { context: CONTEXT });
      expect(again.ok && again.command.display).toBe(first.command.display);
    }
  });
});
