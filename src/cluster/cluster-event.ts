// What the cluster watchers hand to the alert engine: the engine's FluxEvent with `source: 'cluster'`,
// plus, for OOM kills, the details and the fix button the alert must show.
import type { FluxEvent } from '../alerts/flux-event.ts';
import type { ReplyAction, ReplyField } from '../replies/reply.ts';

export interface ClusterFluxEvent extends Omit<FluxEvent, 'source'> {
  source: 'cluster';
  /** Extra facts and buttons for the alert (OOM: limit, restarts, last exit, the fix). */
  fields?: ReplyField[];
  actions?: ReplyAction[];
}

/** The port the watchers write to; main.ts connects it to the alert engine. */
export interface ClusterEventPort {
  onEvent(event: ClusterFluxEvent): void | Promise<void>;
}
