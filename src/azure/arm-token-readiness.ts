import type { TokenCredential } from '@azure/core-auth';
import type { ReadinessCheck } from '../platform/readiness.ts';

/** How long an answer is reused, so frequent probes do not each ask the token endpoint. */
const OK_FOR_MS = 60_000;
const FAILED_FOR_MS = 10_000;

/**
 * Outside sandbox mode commands need an ARM token. Rules: 1. the check asks the credential for a
 * token of `scope`; 2. a success is reused for a minute and a failure for 10 s (probes every few
 * seconds then reach the token endpoint at most once per window); 3. concurrent probes share one
 * request; 4. the problem is the credential's first message line (it names the cause, never the
 * secret), cut to 300 characters.
 */
export function armTokenReadiness(
  credential: TokenCredential,
  scope: string,
  now: () => number = Date.now,
): ReadinessCheck {
  let cached: { problem: string | undefined; until: number } | undefined;
  let pending: Promise<string | undefined> | undefined;
  return () => {
    if (cached && now() < cached.until) return Promise.resolve(cached.problem);
    pending ??= credential
      .getToken(scope)
      .then(
        (token) => (token ? undefined : 'no ARM token: the credential returned none'),
        (error: unknown) =>
          `no ARM token: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300)}`,
      )
      .then((problem) => {
        cached = { problem, until: now() + (problem === undefined ? OK_FOR_MS : FAILED_FOR_MS) };
        pending = undefined;
        return problem;
      });
    return pending;
  };
}
