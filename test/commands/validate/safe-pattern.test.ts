/**
 * `--exclude` patterns run on RE2: linear-time matching, a length cap, and a clear refusal for what RE2
 * cannot run.
 */
import { describe, expect, it } from 'vitest';
import { part } from '../../../src/commands/problem-part.ts';
import { compileSafePattern, MAX_PATTERN_CHARS } from '../../../src/commands/validate/safe-pattern.ts';
import { messagesOf, parseOk } from '../../support/commands/parse.ts';

const CATASTROPHIC = '^([A-Za-z/-]+)+X$';

function pattern(source: string) {
  const result = compileSafePattern(source);
  if (!result.ok) throw new Error(`expected ${source} to compile: ${result.reason}`);
  return result.pattern;
}

describe('compileSafePattern', () => {
  it('matches what the documented examples mean', () => {
    expect(pattern('^Kustomization/flux-system/').matcher('Kustomization/flux-system/infra').find()).toBe(true);
    expect(pattern('^HelmRelease/').matcher('Kustomization/apps/podinfo').find()).toBe(false);
    expect(pattern('(?i)^helmrelease/').matcher('HelmRelease/apps/podinfo').find()).toBe(true);
    expect(pattern('podinfo$').matcher('HelmRelease/apps/podinfo').find()).toBe(true);
  });

  it('runs the pattern that froze the process for ~40 s on a 29-character subject in linear time', () => {
    const compiled = pattern(CATASTROPHIC);
    const started = performance.now();
    expect(compiled.matcher('Kustomization/rd/appsbackends').find()).toBe(false);
    expect(compiled.matcher(`Kustomization/rd/${'a'.repeat(10_000)}`).find()).toBe(false);
    expect(compiled.matcher('Kustomization/rd/appsX').find()).toBe(true);
    // A freeze guard: the backtracking engine needs hours for the second subject.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  // Our own refusals are catalog parts (written in the reader's language); RE2's are its own words.
  it.each([
    ['(a)\\1', part('problem.part.regex.backreference')],
    ['(?<n>a)\\k<n>', part('problem.part.regex.backreference')],
    ['^(?=Helm)', part('problem.part.regex.lookaround')],
    ['(?<!flux-system/)apps', part('problem.part.regex.lookaround')],
    ['[', 'missing closing ]: `[`'],
    [
      'a'.repeat(MAX_PATTERN_CHARS + 1),
      part('problem.part.regex.too-long', { length: MAX_PATTERN_CHARS + 1, limit: MAX_PATTERN_CHARS }),
    ],
  ])('refuses %j: %s', (source, reason) => {
    expect(compileSafePattern(source)).toEqual({ ok: false, reason });
  });

  it('accepts a pattern of exactly the limit', () => {
    expect(compileSafePattern('a'.repeat(MAX_PATTERN_CHARS)).ok).toBe(true);
  });
});

describe('alerts subscribe --exclude', () => {
  it('accepts the catastrophic pattern, since RE2 runs it safely', () => {
    const command = parseOk(`alerts subscribe --namespaces rd --exclude "${CATASTROPHIC}"`);
    expect(command).toMatchObject({ kind: 'alerts.subscribe', exclude: CATASTROPHIC, namespaces: ['rd'] });
  });

  it('refuses a backreference with what was wrong, what is accepted and an example', () => {
    const [message] = messagesOf('alerts subscribe --exclude "(apps)/\\1"');
    expect(message).toBe(
      "--exclude '(apps)/\\1' is not a valid regular expression (backreferences such as \\1 are not supported).",
    );
  });
});
