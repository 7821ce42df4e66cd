// Git URL vs authentication and the repository ref (docs/upstream.md §1.4 `validate_url_with_params`,
// `validate_repository_ref`).
//
// Rules:
// 1. An SSH private key or known_hosts only with a non-http(s) URL.
// 2. https user and key only with an http(s) URL, and only together.
// 3. Exactly one of branch/tag/semver/commit on create; at most one on update (docs/upstream.md §6: the CLI does not check
//    updates unless --kind changes — a quirk not copied).
import { type Problem, problem } from '../problem.ts';
import type { FluxSource } from '../types-flux.ts';
import { isHttpUrl } from './source-url.ts';

export function checkGitUrlAuth(source: FluxSource): Problem[] {
  const problems: Problem[] = [];
  const url = source.url;
  if (url !== undefined) {
    const http = isHttpUrl(url);
    if (http && source.sshPrivateKey) problems.push(problem('url.ssh-key-with-http'));
    if (http && source.knownHosts !== undefined) problems.push(problem('url.known-hosts-with-http'));
    if (!http && (source.httpsUser !== undefined || source.httpsKey)) problems.push(problem('url.https-auth-with-ssh'));
  }
  if ((source.httpsUser !== undefined) !== (source.httpsKey !== undefined)) {
    problems.push(problem('url.https-user-key-separate'));
  }
  return problems;
}

export function checkGitRef(source: FluxSource, required: boolean): Problem[] {
  const ref = source.ref ?? {};
  const given = (['branch', 'tag', 'semver', 'commit'] as const).filter((key) => ref[key] !== undefined);
  if (given.length > 1) return [problem('git-ref.too-many', { given: given.map((key) => `--${key}`).join(', ') })];
  if (given.length === 0 && required) return [problem('git-ref.missing')];
  return [];
}
