import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/commands/format-problems.ts';
import { parseCommand } from '../../../src/commands/parse.ts';
import { checkSourceUrl } from '../../../src/commands/validate/source-url.ts';

const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const TOKEN = 'ghp_S3cretT0kenValue';

describe('checkSourceUrl', () => {
  it('accepts the schemes the CLI accepts, and an ssh URL with its user', () => {
    for (const url of [
      'https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
      'ssh://git@github.com/Azure/gitops-flux2-kustomize-helm-mt',
      'git@github.com:Azure/gitops-flux2-kustomize-helm-mt',
    ]) {
      expect(checkSourceUrl('git', url)).toEqual([]);
    }
  });

  it('refuses an http(s) URL carrying credentials, a token as the user too, and masks them', () => {
    for (const url of [
      `https://x-access-token:${TOKEN}@github.com/org/repo`,
      `https://${TOKEN}@github.com/org/repo`,
      `http://user:${TOKEN}@git.example.com/repo`,
    ]) {
      const [problem, ...rest] = checkSourceUrl('git', url);
      expect(rest).toEqual([]);
      expect(problem?.code).toBe('url.credentials');
      expect(JSON.stringify(problem)).not.toContain(TOKEN);
      expect(problem?.params?.value).toMatch(/^https?:\/\/••••@/);
    }
  });

  it('masks credentials in a URL refused for its scheme as well', () => {
    const [problem] = checkSourceUrl('git', `htps://me:${TOKEN}@github.com/org/repo`);
    expect(problem?.code).toBe('url.invalid-scheme');
    expect(problem?.params?.value).toBe('htps://••••@github.com/org/repo');
  });
});

describe('flux create with credentials in --url', () => {
  it('is refused with the way to pass them, never echoing them, in English and Japanese', () => {
    const parsed = parseCommand(
      `flux create -n apps ${ARC} -u https://x-access-token:${TOKEN}@github.com/org/repo --branch main`,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const en = formatProblems(parsed.problems, parsed.helpTopic, 'en');
    expect(en).toContain(
      "Invalid --url 'https://••••@github.com/org/repo': it carries credentials, which Azure would keep in clear in the configuration and chat would show.",
    );
    expect(en).toContain('--https-user git --https-key <token>');
    const ja = formatProblems(parsed.problems, parsed.helpTopic, 'ja');
    expect(ja).toContain('資格情報が含まれています');
    for (const text of [en, ja]) expect(text).not.toContain(TOKEN);
  });
});
