// Source URLs (docs/upstream.md §1.4 `validate_git_url`, `validate_bucket_url`).
//
// Rules:
// 1. git: `http://`, `https://`, `ssh://` or `git@` (case-sensitive, as the CLI).
// 2. bucket and azblob: `http://` or `https://`.
// 3. An http(s) URL carrying credentials (`https://user:token@host`, or a token as the user) is
//    refused: Azure keeps the URL in clear in the configuration, and chat, the audit and the logs
//    would show it. `--https-user` and `--https-key` are the way (the key is sealed and masked).
//    An ssh URL's user (`ssh://git@host`) is no secret.
// 4. A refused URL is echoed with any credentials in it replaced by `••••`.
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

/** `scheme://userinfo@` at the start of a URL: what rule 3 refuses and rule 4 masks. */
const USERINFO = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#@]+)@/;

export function checkSourceUrl(kind: SourceKind, url: string): Problem[] {
  const schemes = SCHEMES[kind];
  const shown = url.replace(USERINFO, '$1••••@');
  if (!schemes.some((scheme) => url.startsWith(scheme))) {
    const list = `[${schemes.map((s) => `'${s}'`).join(', ')}]`;
    return [problem('url.invalid-scheme', { value: shown, kind, schemes: list, example: EXAMPLES[kind] })];
  }
  if (isHttpUrl(url) && USERINFO.test(url)) {
    return [problem('url.credentials', { value: shown, example: EXAMPLES[kind] })];
  }
  return [];
}

/** http(s) URLs; `git@host:org/repo` and `ssh://` are not (urlparse gives `git@…` an empty scheme). */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
