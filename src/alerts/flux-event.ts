/**
 * The one shape every alert source is turned into: notification-controller webhooks and the ARM
 * compliance poller both produce FluxEvents, and nothing downstream knows which one spoke.
 */
export type FluxEventSeverity = 'error' | 'info';

export interface FluxEvent {
  /** Cluster name as fluxops knows it (the webhook path segment, the ARM cluster name), lower case. */
  cluster: string;
  kind: string;
  namespace: string;
  name: string;
  severity: FluxEventSeverity;
  reason: string;
  message: string;
  revision?: string;
  /** ISO 8601 time the controller (or Azure) reported the event. */
  time: string;
  /** The fluxConfiguration the object belongs to, when the source knows it. */
  config?: string;
  source: 'webhook' | 'compliance';
  /**
   * Set when the source already knows the object's health (the poller reads complianceState);
   * webhook events leave it out and the reason decides (see classify-event.ts).
   */
  health?: 'failing' | 'healthy' | 'progressing';
}

/** `<cluster>/<Kind>/<namespace>/<name>`: the identity transitions are tracked by. */
export function objectRef(event: Pick<FluxEvent, 'cluster' | 'kind' | 'namespace' | 'name'>): string {
  return `${event.cluster}/${event.kind}/${event.namespace}/${event.name}`;
}

/** The text `--exclude` regexes are matched against (see the alerts.bad-regex catalog entry). */
export function excludeSubject(event: Pick<FluxEvent, 'kind' | 'namespace' | 'name'>): string {
  return `${event.kind}/${event.namespace}/${event.name}`;
}
