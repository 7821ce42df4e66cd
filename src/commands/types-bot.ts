/**
 * Commands that exist only in fluxops (no `az` equivalent): in-cluster operations, channel context,
 * jobs, audit, alerts and help.
 */
import type { ChannelContext, ClusterTarget, CommandBase } from './types.ts';

/** Flux object kinds `reconcile --kind` accepts, in their Kubernetes spelling. */
export type FluxObjectKind =
  | 'Kustomization'
  | 'HelmRelease'
  | 'GitRepository'
  | 'Bucket'
  | 'HelmRepository'
  | 'HelmChart'
  | 'OCIRepository';

interface ClusterOp extends CommandBase {
  target: ClusterTarget;
}

export interface StatusCommand extends ClusterOp {
  kind: 'status';
  /** Optional configuration (or object) name to narrow the status to. */
  name?: string;
}

export interface ReconcileCommand extends ClusterOp {
  kind: 'reconcile';
  name: string;
  /** Undefined: the handler resolves the name (fluxConfiguration first, then Flux objects). */
  objectKind?: FluxObjectKind;
  withSource: boolean;
}

export interface SuspendCommand extends ClusterOp {
  kind: 'suspend';
  name: string;
  objectKind?: FluxObjectKind;
}

export interface ResumeCommand extends ClusterOp {
  kind: 'resume';
  name: string;
  objectKind?: FluxObjectKind;
}

export interface EventsCommand extends ClusterOp {
  kind: 'events';
  name?: string;
}

export interface LogsCommand extends ClusterOp {
  kind: 'logs';
  controller: string;
  tail?: number;
  previous: boolean;
}

export interface UseCommand extends CommandBase {
  kind: 'use';
  context: ChannelContext;
}

export interface ContextCommand extends CommandBase {
  kind: 'context';
}

export interface JobsCommand extends CommandBase {
  kind: 'jobs';
}

export interface AuditCommand extends CommandBase {
  kind: 'audit';
}

export type AlertSeverity = 'error' | 'info';

export interface AlertsSubscribeCommand extends CommandBase {
  kind: 'alerts.subscribe';
  /** `--cluster` as typed (alias or cluster name); undefined = the channel's cluster. */
  cluster?: string;
  severity: AlertSeverity;
  kinds: string[];
  namespaces: string[];
  /** Source of a RegExp already checked to compile. */
  exclude?: string;
}

export interface AlertsListCommand extends CommandBase {
  kind: 'alerts.list';
}

export interface AlertsUnsubscribeCommand extends CommandBase {
  kind: 'alerts.unsubscribe';
  subscriptionId: string;
}

export interface AlertsMuteCommand extends CommandBase {
  kind: 'alerts.mute';
  objectKind: string;
  objectName: string;
  durationSeconds: number;
}

export interface AlertsSetupCommand extends CommandBase {
  kind: 'alerts.setup';
  target: ClusterTarget;
  cluster?: string;
}

export interface HelpCommand extends CommandBase {
  kind: 'help';
  topic?: string;
}

export type BotCommand =
  | StatusCommand
  | ReconcileCommand
  | SuspendCommand
  | ResumeCommand
  | EventsCommand
  | LogsCommand
  | UseCommand
  | ContextCommand
  | JobsCommand
  | AuditCommand
  | AlertsSubscribeCommand
  | AlertsListCommand
  | AlertsUnsubscribeCommand
  | AlertsMuteCommand
  | AlertsSetupCommand
  | HelpCommand;
