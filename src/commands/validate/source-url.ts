// Source URLs (docs/upstream.md §1.4 `validate_git_url`, `validate_bucket_url`).
//
// Rules:
// 1. git: `http://`, `https://`, `ssh://` or `git@` (case-sensitive, as the CLI).
// 2. bucket and azblob: `http://` or `https://`.
import { type Problem, problem } from '../problem.ts';
import type { SourceKind } from '../types-flux.ts';

const SCHEMES: Record<SourceKind, readonly string[]> = {
  git: ['http://', 'https://', 'git@', 'ssh://'],
  bucket: ['http://', 'https://'],
  azblob: ['http://', 'https://'],
};

const EXAMPLES: Record<SourceKind, string> = {
  git: 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
  bucket: 'https://s3.amazonaws.com',
  azblob: 'https://mystorageaccount.blob.core.windows.net',
};

export function checkSourceUrl(kind: SourceKind, url: string): Problem[] {
  const schemes = SCHEMES[kind];
  if (schemes.some((scheme) => url.startsWith(scheme))) return [];
  const list = `[${schemes.map((s) => `'${s}'`).join(', ')}]`;
  return [problem('url.invalid-scheme', { value: url, kind, schemes: list, example: EXAMPLES[kind] })];
}

/** http(s) URLs; `git@host:org/repo` and `ssh://` are not (urlparse gives `git@…` an empty scheme). */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
