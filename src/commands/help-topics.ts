/**
 * Help topics and how a typed `help …` maps onto them.
 *
 * Rules:
 * 1. Topics are the short command words (`create`, `extension`, `loglevel`, …).
 * 2. A topic may be written as the command: leading `az`, `/flux`, `k8s-configuration`, `flux` are skipped;
 *    `k8s-extension` means `extension`; `kustomization create` means `kustomization`.
 */
export const HELP_TOPICS = [
  'create',
  'update',
  'show',
  'list',
  'delete',
  'kustomization',
  'deployed-object',
  'extension',
  'loglevel',
  'controllers',
  'drift',
  'oomwatch',
  'resources',
  'scale',
  'strict-substitution',
  'status',
  'reconcile',
  'suspend',
  'resume',
  'events',
  'logs',
  'use',
  'context',
  'jobs',
  'audit',
  'alerts',
  'access',
  'help',
] as const;

export type HelpTopic = (typeof HELP_TOPICS)[number];

const SKIPPED = new Set(['az', '/flux', 'k8s-configuration', 'flux']);

export function helpTopicFor(words: readonly string[]): HelpTopic | undefined {
  const meaningful = words.map((w) => w.toLowerCase()).filter((w) => !SKIPPED.has(w));
  const first = meaningful[0] === 'k8s-extension' ? 'extension' : meaningful[0];
  return HELP_TOPICS.find((topic) => topic === first);
}

/** `help`, `help flux`, `help az k8s-configuration flux` all mean the overview. */
export function isOverviewRequest(words: readonly string[]): boolean {
  return words.every((w) => SKIPPED.has(w.toLowerCase()));
}
