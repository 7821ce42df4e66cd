/**
 * Work bounded by input: a message's length, words and flags are capped before the expensive parts of
 * parsing, and a rejection lists the first problems and counts the rest.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, MAX_LISTED_PROBLEMS } from '../../src/commands/format-problems.ts';
import { INPUT_LIMITS } from '../../src/commands/input-limits.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { CONTEXT } from '../support/commands/parse.ts';

/** Parses and formats like prepare() does; returns the reply text and how long it took. */
function answer(text: string): { reply: string; codes: string[]; ms: number } {
  const started = performance.now();
  const result = parseCommand(text, { context: CONTEXT });
  if (result.ok) throw new Error(`expected a rejection, got ${result.command.display}`);
  const reply = formatProblems(result.problems, result.helpTopic);
  return { reply, codes: result.problems.map((p) => p.code), ms: performance.now() - started };
}

/** A freeze guard, not a speed goal (bench/parse.ts measures speed): far above the benchmark's 20 ms. */
const FREEZE_MS = 1_000;

describe('input limits', () => {
  it('answers a 20 KB message of 2,626 unknown flags with one short problem', () => {
    const flags = Array.from({ length: 2_626 }, (_, i) => `--q${i}`).join(' ');
    const { reply, codes, ms } = answer(`flux create ${flags}`.slice(0, 20_000));
    expect(codes).toEqual(['input.too-many-words', 'input.too-many-flags']);
    expect(reply).toContain(`flags; a command has at most ${INPUT_LIMITS.flags}`);
    expect(reply.length).toBeLessThan(1_000);
    expect(ms).toBeLessThan(FREEZE_MS);
  });

  it('keeps the reply small for a 19 KB message of long unknown flags under the word and flag limits', () => {
    const flags = Array.from({ length: 25 }, (_, i) => `--${'x'.repeat(760)}${i}`).join(' ');
    const text = `flux create ${flags}`;
    expect(text.length).toBeGreaterThan(19_000);
    const { reply, codes, ms } = answer(text);
    expect(codes.filter((c) => c === 'flag.unknown').length).toBe(25);
    expect(reply.match(/^• /gm)).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(reply).toContain(`…and ${codes.length - MAX_LISTED_PROBLEMS} more not listed here`);
    expect(reply).toContain('(763 characters)');
    expect(reply.length).toBeLessThan(8_000);
    expect(ms).toBeLessThan(FREEZE_MS);
  });

  it('refuses text over the character limit before reading it, saying how long it was', () => {
    const { reply, codes } = answer(`flux list ${'a'.repeat(INPUT_LIMITS.chars)}`);
    expect(codes).toEqual(['input.too-long']);
    expect(reply).toContain(`The message is ${INPUT_LIMITS.chars + 10} characters long; fluxops reads at most`);
    expect(reply).toContain('Example: flux show cluster-config');
  });

  it('refuses more words than the limit', () => {
    const { codes, reply } = answer(`flux list ${'a '.repeat(INPUT_LIMITS.words)}`);
    expect(codes).toEqual(['input.too-many-words']);
    expect(reply).toContain(`The message has ${INPUT_LIMITS.words + 2} words`);
  });

  it('still reads a long real command: an SSH key, known hosts and kustomizations', () => {
    const key = Buffer.from(
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${'A'.repeat(3_200)}\n-----END OPENSSH PRIVATE KEY-----\n`,
    );
    const kustomizations = Array.from(
      { length: 8 },
      (_, i) => `--kustomization name=k${i} path=./apps/k${i} prune=true depends_on=k${Math.max(0, i - 1)}`,
    ).join(' ');
    const text = `flux create -n cluster-config --namespace cluster-config --scope cluster -u ssh://git@github.com/a/b.git --branch main --ssh-private-key ${key.toString('base64')} ${kustomizations}`;
    const result = parseCommand(text, { context: CONTEXT });
    expect(result.ok ? result.command.kind : result.problems.map((p) => p.message)).toBe('flux.create');
  });
});
