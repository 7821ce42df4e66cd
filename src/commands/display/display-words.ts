// Building blocks of the canonical display text: words, secrets and the cluster target.
//
// Rules:
// 1. Plain words are shell-quoted with `quoteToken`, so the display can be pasted back and parses to the
//    same command.
// 2. Secrets render as `••••` (never the value, never its length).
// 3. The target always renders as `-g RG -c CLUSTER -t TYPE`, plus `--cluster-rp` only where it is not
//    implied by the type, and `--subscription` when known.
import { quoteToken } from '../quote-token.ts';
import type { ClusterTarget, SecretValue } from '../types.ts';
import { formatFluxDuration } from '../validate/duration.ts';

export const SECRET_MASK = '••••';

export type DisplayWord = string | { masked: true; prefix?: string };

const MASKED: DisplayWord = { masked: true };

export function joinWords(words: readonly DisplayWord[]): string {
  return words
    .map((word) =>
      typeof word === 'string' ? quoteToken(word) : `${word.prefix ? quoteToken(word.prefix) : ''}${SECRET_MASK}`,
    )
    .join(' ');
}

export function targetWords(target: ClusterTarget | undefined): string[] {
  if (!target) return [];
  const words = ['-g', target.resourceGroup, '-c', target.clusterName, '-t', target.clusterType];
  if (target.clusterType === 'provisionedClusters') words.push('--cluster-rp', target.clusterRp);
  if (target.subscriptionId !== undefined) words.push('--subscription', target.subscriptionId);
  return words;
}

/** `--flag value` when the value is set. */
export function opt(flag: string, value: string | number | undefined): string[] {
  return value === undefined ? [] : [flag, String(value)];
}

export function optDuration(flag: string, seconds: number | undefined): string[] {
  return seconds === undefined ? [] : [flag, formatFluxDuration(seconds)];
}

export function optSecret(flag: string, value: SecretValue | undefined): DisplayWord[] {
  return value === undefined ? [] : [flag, MASKED];
}

/** Three-state flags: `--flag` for true, `--flag false` for false, nothing when unset. */
export function optBool(flag: string, value: boolean | undefined): string[] {
  return value === undefined ? [] : value ? [flag] : [flag, 'false'];
}

export function switches(yes: boolean, noWait: boolean): string[] {
  return [...(noWait ? ['--no-wait'] : []), ...(yes ? ['--yes'] : [])];
}
