/**
 * The typed command model every other part of fluxops codes against.
 *
 * Rules:
 * 1. `Command` is a discriminated union on `kind`; every member carries `safety`, a redacted `display`,
 *    `yes`, `noWait`, `warnings` and, when it acts on a cluster, `target`.
 * 2. Secret-bearing values are wrapped in `SecretValue` and nowhere else, so other code can seal or redact
 *    them by walking the object (see `redact.ts`).
 * 3. Durations are already converted to whole seconds and booleans are real booleans: body builders in
 *    `src/azure/bodies` only copy fields, they never re-parse text.
 */

import type { BotCommand } from './types-bot.ts';
import type { ExtensionCommand } from './types-extension.ts';
import type { FluxCommand } from './types-flux.ts';

export type ClusterType = 'connectedClusters' | 'managedClusters' | 'provisionedClusters';

export interface ClusterTarget {
  subscriptionId?: string;
  resourceGroup: string;
  clusterName: string;
  clusterType: ClusterType;
  /** Resource provider of the cluster, e.g. `Microsoft.Kubernetes`. */
  clusterRp: string;
}

export interface ChannelContext extends ClusterTarget {
  alias?: string;
}

export type Safety = 'read-only' | 'mutating' | 'destructive';

/** The only shape secret values take inside a Command. */
export interface SecretValue {
  $secret: string;
}

/** Fields shared by every command. */
export interface CommandBase {
  safety: Safety;
  /** Canonical command text with every secret replaced by `••••`; used in replies, logs and audit. */
  display: string;
  /** `--yes` was on the command (the confirmation step itself lives elsewhere). */
  yes: boolean;
  noWait: boolean;
  warnings: string[];
  target?: ClusterTarget;
  /** Set when a short form (e.g. `loglevel`) produced this command. */
  shortForm?: string;
}

export type { BotCommand } from './types-bot.ts';
export type { ExtensionCommand } from './types-extension.ts';
export type { FluxCommand } from './types-flux.ts';

export type Command = FluxCommand | ExtensionCommand | BotCommand;
export type CommandKind = Command['kind'];
export type CommandOfKind<K extends CommandKind> = Extract<Command, { kind: K }>;

const KINDS_WITHOUT_CLUSTER: ReadonlySet<CommandKind> = new Set<CommandKind>([
  'use',
  'context',
  'jobs',
  'audit',
  'help',
  'alerts.subscribe',
  'alerts.list',
  'alerts.unsubscribe',
  'alerts.mute',
]);

/** True for every kind that acts on a cluster and therefore carries `target`. */
export function needsCluster(kind: CommandKind): boolean {
  return !KINDS_WITHOUT_CLUSTER.has(kind);
}
