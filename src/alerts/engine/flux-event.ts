import type { ReplyAction } from '../../replies/reply.ts';
import type { AlertText } from './alert-text.ts';

/**
 * The one shape every alert source is turned into: notification-controller webhooks, the ARM
 * compliance poller and the cluster watchers all produce FluxEvents, and nothing downstream knows
 * which one spoke (except that only the cluster watchers bring their own fields and buttons).
 */
type FluxEventSeverity = 'error' | 'info';

/** A fact an alert shows besides the standard ones; a label or value of fluxops' own is an AlertText. */
export interface AlertField {
  label: string | AlertText;
  value: string | AlertText;
}

/** A button an event brings; its label is fluxops' own words, its command stays a command. */
export type AlertAction = Omit<ReplyAction, 'label'> & { label: string | AlertText };

export interface FluxEvent {
  /** Cluster name as fluxops knows it (the webhook path segment, the ARM cluster name), lower case. */
  cluster: string;
  kind: string;
  namespace: string;
  name: string;
  severity: FluxEventSeverity;
  reason: string;
  /** What the source said; for fluxops' own words, their English (the event's fingerprint, the late-event memo). */
  message: string;
  /**
   * Set when `message` is fluxops' own words (the cluster watchers' OOM summary, the compliance
   * poller's "Reconciliation is suspended."): the alert shows this, in the channel's language.
   */
  note?: AlertText;
  revision?: string;
  /** ISO 8601 time the controller (or Azure) reported the event. */
  time: string;
  /** The fluxConfiguration the object belongs to, when the source knows it. */
  config?: string;
  source: 'webhook' | 'compliance' | 'cluster';
  /**
   * Set when the source already knows the object's health (the poller reads complianceState, the
   * cluster watchers read Ready or a container's last exit); webhook events leave it out and the
   * reason decides (see classify-event.ts).
   */
  health?: 'failing' | 'healthy' | 'progressing';
  /**
   * Facts and buttons the alert shows besides the standard ones. Only fluxops' own cluster
   * watchers set them (OOM kills: limit, restarts, last exit, and the fix); webhook payloads never do.
   */
  fields?: AlertField[];
  actions?: AlertAction[];
}

/** `<cluster>/<Kind>/<namespace>/<name>`: the identity transitions are tracked by. */
export function objectRef(event: Pick<FluxEvent, 'cluster' | 'kind' | 'namespace' | 'name'>): string {
  return `${event.cluster}/${event.kind}/${event.namespace}/${event.name}`;
}

/** The text `--exclude` regexes are matched against (see the alerts.bad-regex catalog entry). */
export function excludeSubject(event: Pick<FluxEvent, 'kind' | 'namespace' | 'name'>): string {
  return `${event.kind}/${event.namespace}/${event.name}`;
}
