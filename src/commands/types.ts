// The typed command model every other part of fluxops codes against.
//
// Rules:
// 1. `Command` is a discriminated union on `kind`; every member carries `safety`, a redacted `display`,
//    `yes`, `noWait`, `warnings` and, when it acts on a cluster, `target`.
// 2. Secret-bearing values are wrapped in `SecretValue` and nowhere else, so other code can seal or redact
//    them by walking the object (see `redact.ts`).
// 3. Durations are already converted to whole seconds and booleans are real booleans: body builders in
//    `src/azure/bodies` only copy fields, they never re-parse text.
// 4. Each kind's interface lives in its module under `kinds/`; `Command` is their union.

import type { CommandWarning } from './command-warning.ts';
import type { AccessGrantCommand } from './kinds/access-grant.ts';
import type { AccessListCommand } from './kinds/access-list.ts';
import type { AccessPolicyCommand } from './kinds/access-policy.ts';
import type { AccessRevokeCommand } from './kinds/access-revoke.ts';
import type { AccessWhoamiCommand } from './kinds/access-whoami.ts';
import type { AlertsListCommand } from './kinds/alerts-list.ts';
import type { AlertsMuteCommand } from './kinds/alerts-mute.ts';
import type { AlertsSetupCommand } from './kinds/alerts-setup.ts';
import type { AlertsSubscribeCommand } from './kinds/alerts-subscribe.ts';
import type { AlertsUnsubscribeCommand } from './kinds/alerts-unsubscribe.ts';
import type { AuditCommand } from './kinds/audit.ts';
import type { ContextCommand } from './kinds/context.ts';
import type { DeployedObjectListCommand } from './kinds/deployed-object-list.ts';
import type { DeployedObjectShowCommand } from './kinds/deployed-object-show.ts';
import type { EventsCommand } from './kinds/events.ts';
import type { ExtensionCreateCommand } from './kinds/extension-create.ts';
import type { ExtensionDeleteCommand } from './kinds/extension-delete.ts';
import type { ExtensionListCommand } from './kinds/extension-list.ts';
import type { ExtensionShowCommand } from './kinds/extension-show.ts';
import type { ExtensionUpdateCommand } from './kinds/extension-update.ts';
import type { FluxCreateCommand } from './kinds/flux-create.ts';
import type { FluxDeleteCommand } from './kinds/flux-delete.ts';
import type { FluxListCommand } from './kinds/flux-list.ts';
import type { FluxShowCommand } from './kinds/flux-show.ts';
import type { FluxUpdateCommand } from './kinds/flux-update.ts';
import type { HelpCommand } from './kinds/help.ts';
import type { JobsCommand } from './kinds/jobs.ts';
import type { KustomizationCreateCommand } from './kinds/kustomization-create.ts';
import type { KustomizationDeleteCommand } from './kinds/kustomization-delete.ts';
import type { KustomizationListCommand } from './kinds/kustomization-list.ts';
import type { KustomizationShowCommand } from './kinds/kustomization-show.ts';
import type { KustomizationUpdateCommand } from './kinds/kustomization-update.ts';
import type { LogsCommand } from './kinds/logs.ts';
import type { ReconcileCommand } from './kinds/reconcile.ts';
import type { ResumeCommand } from './kinds/resume.ts';
import type { StatusCommand } from './kinds/status.ts';
import type { SuspendCommand } from './kinds/suspend.ts';
import type { UseCommand } from './kinds/use.ts';

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

/** Fields every command carries. */
export interface CommandBase {
  safety: Safety;
  /** Canonical command text with every secret replaced by `••••`; used in replies, logs and audit. */
  display: string;
  /** `--yes` was on the command (the confirmation step itself lives elsewhere). */
  yes: boolean;
  noWait: boolean;
  /** Said with the reply in the reader's language; the command runs as given. */
  warnings: CommandWarning[];
  target?: ClusterTarget;
  /** Set when a short form (e.g. `loglevel`) produced this command. */
  shortForm?: string;
}

/** A command that acts on one cluster. */
export interface ClusterCommandBase extends CommandBase {
  target: ClusterTarget;
}

export type Command =
  | FluxCreateCommand
  | FluxUpdateCommand
  | FluxShowCommand
  | FluxListCommand
  | FluxDeleteCommand
  | KustomizationCreateCommand
  | KustomizationUpdateCommand
  | KustomizationDeleteCommand
  | KustomizationListCommand
  | KustomizationShowCommand
  | DeployedObjectListCommand
  | DeployedObjectShowCommand
  | UseCommand
  | ContextCommand
  | JobsCommand
  | AuditCommand
  | AccessGrantCommand
  | AccessRevokeCommand
  | AccessListCommand
  | AccessWhoamiCommand
  | AccessPolicyCommand
  | HelpCommand
  | ExtensionCreateCommand
  | ExtensionUpdateCommand
  | ExtensionShowCommand
  | ExtensionListCommand
  | ExtensionDeleteCommand
  | StatusCommand
  | ReconcileCommand
  | SuspendCommand
  | ResumeCommand
  | EventsCommand
  | LogsCommand
  | AlertsSubscribeCommand
  | AlertsListCommand
  | AlertsUnsubscribeCommand
  | AlertsMuteCommand
  | AlertsSetupCommand;
export type CommandKind = Command['kind'];
export type CommandOfKind<K extends CommandKind> = Extract<Command, { kind: K }>;
