/**
 * No word is ever silently dropped: on every route of the command tree, an extra bare word is either used
 * (it shows in the parsed command) or refused with a problem that names it — also when the names the word
 * could have been were given by flag (`-n … -k …`), the case that once let `path=./x` slip through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Branch, isLeaf, type Leaf, ROOT } from '../../src/commands/grammar/routes.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { CONTEXT } from '../support/commands/parse.ts';

function leaves(children: Record<string, Leaf | Branch>, path: string[] = []): string[][] {
  return Object.entries(children).flatMap(([word, node]) =>
    isLeaf(node) ? [[...path, word]] : leaves(node.children, [...path, word]),
  );
}

const ROUTES = leaves(ROOT);
/** What the word could be mistaken for: names, kustomization fields, settings, durations. */
const EXTRA_WORD = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(=[a-z0-9./]{1,8}|\.[a-z]{1,4}|-[a-z0-9]{1,5})?$/);
/** Bases that make many routes valid on their own, so the extra word is the only thing left to refuse. */
const NAMES_BY_FLAG = [
  '',
  '-n cluster-config',
  '-n cluster-config -k apps',
  '-n cluster-config -k apps --path ./p',
  '-n cluster-config -u https://github.com/a/b --branch main',
  '-n cluster-config --suspend',
  '--config helm-controller.detectDrift=true',
];

/**
 * A parsed command uses every word it was given. When the words before the extra ones already made a valid
 * command, a refusal must also name the extra word (it is the reason). After a flag the route does not know,
 * the words up to the next flag are that flag's values: refused with the flag.
 */
function usedOrNamed(base: string, text: string, word: string): boolean {
  const result = parseCommand(text, { context: CONTEXT });
  if (result.ok) return JSON.stringify(result.command).includes(word);
  if (!parseCommand(base, { context: CONTEXT }).ok) return true;
  if (result.problems.some((problem) => problem.code === 'flag.unknown')) return true;
  // A KEY=VALUE word a flag took (e.g. a setting of --config) may be refused by its key.
  const key = word.split('=')[0] ?? word;
  return result.problems.some(
    (problem) => JSON.stringify(problem).includes(word) || JSON.stringify(problem).includes(`'${key}'`),
  );
}

describe('every route', () => {
  it('finds the routes', () => {
    expect(ROUTES.length).toBeGreaterThan(40);
  });

  it('uses an extra bare word or refuses it by name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROUTES),
        fc.constantFrom(...NAMES_BY_FLAG),
        fc.array(EXTRA_WORD, { minLength: 1, maxLength: 3 }),
        (route, names, extra) => {
          // One word at a time: each is added to what came before.
          let base = [...route, names].filter(Boolean).join(' ');
          for (const word of extra) {
            const text = `${base} ${word}`;
            expect(usedOrNamed(base, text, word), `${text} — ${word}`).toBe(true);
            base = text;
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses the words a kustomization command once dropped', () => {
    for (const text of [
      'flux kustomization create -n cluster-config -k extra path=./x dependsOn=["infra"]',
      'flux kustomization update -n cluster-config -k apps prune=true --path ./q',
    ]) {
      const result = parseCommand(text, { context: CONTEXT });
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      const said = result.problems.map((p) => p.message).join('\n');
      expect(said).toContain(text.includes('prune=true') ? 'prune=true' : 'path=./x');
    }
  });
});
