// The port handlers use to reach a cluster's API. `connect` answers a FluxCluster or throws
// ClusterUnreachableError with a message meant for the chat.
import type { ClusterTarget } from '../../commands/types.ts';
import type { FluxCluster } from './flux-cluster.ts';
import type { RouteOptions } from './kubeconfig-source.ts';

export interface ClusterPort {
  connect(target: ClusterTarget, options?: RouteOptions): Promise<FluxCluster>;
}

/** The port a job allowed only by a scoped binding gets: every connect asks for an exact route (RouteOptions). */
export function exactRoutesOnly(port: ClusterPort): ClusterPort {
  return { connect: (target) => port.connect(target, { exact: true }) };
}
