import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/commands/format-problems.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import { localizeProblem, type Problem, problem } from '../../src/commands/problem.ts';
import { isProblemPart, type ProblemPart, type ProblemPartKey, part } from '../../src/commands/problem-part.ts';
import { enProblemsParts } from '../../src/replies/catalog/en/problems-parts.ts';
import { translate } from '../../src/replies/catalog/index.ts';
import type { Locale } from '../../src/replies/locale/locale.ts';
import { b64 } from '../support/commands/credential-fixtures.ts';
import { CONTEXT } from '../support/commands/parse.ts';

/**
 * Parse errors whose text has a part chosen by the call site (what a command needs, why a key is
 * malformed): in Japanese and French the part is translated too, so no English fragment sits inside an
 * otherwise translated problem. One input per part; every part of the catalog is reached.
 */
const SSH = 'flux create c -u git@github.com:x/y.git --branch main';
const BLOB = 'flux create b --kind azblob -u https://acct.blob.core.windows.net --container-name c';
const OPENSSH_RSA_BLOB = 'AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
const ENCRYPTED_KEY = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n';

const CASES: ReadonlyArray<readonly [string, ProblemPartKey]> = [
  ['status cluster-config extra', 'problem.part.positional.name'],
  ['access revoke @U012AB3CD extra', 'problem.part.positional.user'],
  ['use -g flux-demo-rg -t connectedClusters flux-demo-arc extra', 'problem.part.positional.cluster-name'],
  ['flux show cluster-config extra', 'problem.part.positional.configuration-name'],
  ['kustomization show cluster-config apps extra', 'problem.part.positional.both-names'],
  ['extension show flux extra', 'problem.part.positional.extension-name'],
  ['logs helm-controller extra', 'problem.part.positional.controller-name'],
  ['alerts unsubscribe 3 extra', 'problem.part.positional.subscription-id'],
  ['access grant operator @U012AB3CD extra', 'problem.part.positional.role-and-user'],
  ['access policy confirm=always extra', 'problem.part.positional.confirm'],
  ['alerts mute HelmRelease/podinfo 1h extra', 'problem.part.positional.mute'],
  ['logs', 'problem.part.what.controller-name'],
  ['scale kustomize', 'problem.part.what.setting'],
  ['alerts unsubscribe', 'problem.part.what.subscription-id'],
  ['access policy', 'problem.part.what.confirm'],
  ['access policy confirm=never', 'problem.part.what.confirm-got'],
  ['access grant', 'problem.part.what.role'],
  ['access grant king @U012AB3CD', 'problem.part.what.role-got'],
  ['alerts mute', 'problem.part.what.mute'],
  ['alerts mute HelmRelease/podinfo 5x', 'problem.part.flag.duration'],
  ['access grant operator', 'problem.part.what.access-subject'],
  ['resources kustomize', 'problem.part.what.resources'],
  ['drift maybe', 'problem.part.on-or-off'],
  ['loglevel', 'problem.part.accepted.level-per-controller'],
  ['drift on extra', 'problem.part.accepted.nothing-after-on-off'],
  [`${SSH} --kustomization name=Bad_Name path=./apps`, 'problem.part.flag.kustomization-name'],
  [`${SSH} --known-hosts ${b64('github.com ssh-ed25519')}`, 'problem.part.known-hosts.fields'],
  [`${SSH} --known-hosts ${b64(`github.com ssh-foo ${OPENSSH_RSA_BLOB}`)}`, 'problem.part.known-hosts.unknown-type'],
  [`${SSH} --known-hosts ${b64('github.com ssh-rsa not*base64')}`, 'problem.part.known-hosts.not-base64'],
  [`${SSH} --known-hosts ${b64(`github.com ssh-rsa ${OPENSSH_RSA_BLOB}`)}`, 'problem.part.known-hosts.type-mismatch'],
  [`${SSH} --ssh-private-key %%%`, 'problem.part.ssh-key.not-text'],
  [`${SSH} --ssh-private-key ${b64('hello')}`, 'problem.part.ssh-key.no-pem-block'],
  [`${SSH} --ssh-private-key ${b64(ENCRYPTED_KEY)}`, 'problem.part.ssh-key.encrypted'],
  [`${BLOB} --sp-client-id id --sp-tenant-id t`, 'problem.part.azblob.secret-or-cert'],
  [
    `${BLOB} --sp-client-id id --sp-tenant-id t --sp-client-secret s --account-key k`,
    'problem.part.azblob.service-principal',
  ],
  ['alerts subscribe --exclude "(a)\\1"', 'problem.part.regex.backreference'],
  ['alerts subscribe --exclude "^(?=Helm)"', 'problem.part.regex.lookaround'],
  [`alerts subscribe --exclude ${'a'.repeat(300)}`, 'problem.part.regex.too-long'],
];

/** English parts with no placeholder: none of them may appear in a translated parse error. */
const ENGLISH_PARTS = Object.values(enProblemsParts)
  .filter((text) => !text.includes('{'))
  .map((text) => text.trim());

/**
 * `phrase` as words, not inside a command: `kustomization name` is not found in `--kustomization name=apps`,
 * nor `duration` in the usage `alerts mute <kind>/<name> <duration>`.
 */
function hasPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![<\\w-])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![=>\\w])`).test(text);
}

function problemsOf(text: string): { problems: Problem[]; topic: string } {
  const result = parseCommand(text, { context: CONTEXT });
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return { problems: result.problems, topic: result.helpTopic };
}

/** The part a problem holds under `key`, looked for in every param (lists too). */
function partIn(problems: Problem[], key: ProblemPartKey): ProblemPart | undefined {
  for (const item of problems) {
    for (const value of Object.values(item.params ?? {})) {
      const candidates = Array.isArray(value) ? value : [value];
      const found = candidates.find((candidate) => isProblemPart(candidate) && candidate.part === key);
      if (found !== undefined) return found as ProblemPart;
    }
  }
  return undefined;
}

describe.each(CASES)('%s', (input, key) => {
  const { problems, topic } = problemsOf(input);
  const held = partIn(problems, key);

  it(`keeps ${key} as a key, written in English for an English reader`, () => {
    expect(held, JSON.stringify(problems.map((p) => p.params))).toBeDefined();
    expect(formatProblems(problems, topic, 'en')).toContain(translate(key, held?.values, 'en').trim());
  });

  it.each(['ja', 'fr'] satisfies Locale[])('is written whole in %s', (locale) => {
    const text = formatProblems(problems, topic, locale);
    const english = translate(key, held?.values, 'en').trim();
    expect(text).toContain(translate(key, held?.values, locale).trim());
    expect(hasPhrase(text, english), text).toBe(false);
    if (locale === 'ja') expect(ENGLISH_PARTS.filter((fragment) => hasPhrase(text, fragment))).toEqual([]);
  });
});

describe('problem parts', () => {
  it('every part in the catalog is reached by a parse error above, but the unnamed internal failure', () => {
    const reached = new Set<string>(CASES.map(([, key]) => key));
    const unreached = Object.keys(enProblemsParts).filter((key) => !reached.has(key));
    expect(unreached).toEqual(['problem.part.internal.unknown']);
  });

  it('writes the unnamed internal failure in the reader language too', () => {
    // parseCommand reaches it only when something not an Error is thrown, which no input can cause.
    const failure = problem('input.internal', { detail: part('problem.part.internal.unknown') });
    expect(failure.message).toContain('unknown error');
    expect(localizeProblem(failure, 'ja').message).toContain('不明なエラー');
    expect(localizeProblem(failure, 'fr').message).toContain('erreur inconnue');
  });

  it('writes a list param item by item, parts translated', () => {
    const item = problem('azblob.too-many-auth', {
      methods: [part('problem.part.azblob.service-principal'), '--account-key'],
    });
    expect(item.message).toContain('service principal, --account-key');
    expect(localizeProblem(item, 'ja').message).toContain('サービス プリンシパル, --account-key');
  });
});
