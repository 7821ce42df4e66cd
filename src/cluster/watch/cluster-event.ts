// What the cluster watchers hand to the alert engine: the engine's FluxEvent with `source: 'cluster'`;
// for OOM kills it carries `fields` (limit, restarts, last exit) and `actions` (the fix button).
import type { FluxEvent } from '../../alerts/engine/flux-event.ts';

export interface ClusterFluxEvent extends FluxEvent {
  source: 'cluster';
}

/** The port the watchers write to; the composition root connects it to the alert engine. */
export interface ClusterEventPort {
  onEvent(event: ClusterFluxEvent): void | Promise<void>;
}
