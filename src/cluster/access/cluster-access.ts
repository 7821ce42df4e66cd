// ClusterPort over a list of credential sources (kubeconfig mapping, in-cluster, AKS, sandbox),
// one FluxCluster per cluster kept for reuse. No source → ClusterUnreachableError (its reply says what still works).
import type { ClusterTarget } from '../../commands/types.ts';
import type { ClusterPort } from './cluster-port.ts';
import { FluxCluster } from './flux-cluster.ts';
import { ClusterUnreachableError } from './kube-errors.ts';
import type { KubeConfigSource, RouteOptions } from './kubeconfig-source.ts';

export class ClusterAccess implements ClusterPort {
  private readonly connected = new Map<string, Promise<FluxCluster>>();

  private readonly sources: readonly KubeConfigSource[];
  private readonly fluxNamespace: string;

  constructor(sources: readonly KubeConfigSource[], fluxNamespace = 'flux-system') {
    this.sources = sources;
    this.fluxNamespace = fluxNamespace;
  }

  connect(target: ClusterTarget, options: RouteOptions = {}): Promise<FluxCluster> {
    const exact = options.exact === true;
    const key =
      `${exact ? 'exact:' : ''}${target.subscriptionId ?? ''}/${target.resourceGroup}/${target.clusterName}`.toLowerCase();
    let cluster = this.connected.get(key);
    if (!cluster) {
      cluster = this.resolve(target, exact);
      this.connected.set(key, cluster);
      // A failed lookup is not cached: the mapping or credentials may be fixed without a restart.
      cluster.catch(() => this.connected.delete(key));
    }
    return cluster;
  }

  private async resolve(target: ClusterTarget, exact: boolean): Promise<FluxCluster> {
    for (const source of this.sources) {
      const kc = await source.resolve(target, { exact });
      if (kc) return new FluxCluster(target.clusterName, kc, this.fluxNamespace);
    }
    throw new ClusterUnreachableError(target, exact);
  }
}
