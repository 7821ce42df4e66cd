// ClusterPort over a list of credential sources (kubeconfig mapping, in-cluster, AKS, sandbox),
// one FluxCluster per cluster kept for reuse. No source → a message that says what still works.
import type { ClusterTarget } from '../../commands/types.ts';
import type { ClusterPort } from './cluster-port.ts';
import { FluxCluster } from './flux-cluster.ts';
import { ClusterUnreachableError } from './kube-errors.ts';
import type { KubeConfigSource } from './kubeconfig-source.ts';

function unreachableMessage(target: ClusterTarget): string {
  const arc = target.clusterType === 'connectedClusters';
  return [
    `fluxops has no route to the Kubernetes API of ${target.clusterName}${arc ? ' (an Arc cluster)' : ''}.`,
    'Everything ARM and the Flux webhook provide still works here (`flux show`, `flux list`, alerts).',
    arc
      ? 'For in-cluster commands, map a kubeconfig context in KUBE_CONTEXTS (e.g. through `az connectedk8s proxy`) or run fluxops inside the cluster with KUBE_IN_CLUSTER.'
      : 'For in-cluster commands, map a kubeconfig context in KUBE_CONTEXTS or let fluxops use AKS user credentials.',
  ].join(' ');
}

export class ClusterAccess implements ClusterPort {
  private readonly connected = new Map<string, Promise<FluxCluster>>();

  private readonly sources: readonly KubeConfigSource[];
  private readonly fluxNamespace: string;

  constructor(sources: readonly KubeConfigSource[], fluxNamespace = 'flux-system') {
    this.sources = sources;
    this.fluxNamespace = fluxNamespace;
  }

  connect(target: ClusterTarget): Promise<FluxCluster> {
    const key = `${target.subscriptionId ?? ''}/${target.resourceGroup}/${target.clusterName}`.toLowerCase();
    let cluster = this.connected.get(key);
    if (!cluster) {
      cluster = this.resolve(target);
      this.connected.set(key, cluster);
      // A failed lookup is not cached: the mapping or credentials may be fixed without a restart.
      cluster.catch(() => this.connected.delete(key));
    }
    return cluster;
  }

  private async resolve(target: ClusterTarget): Promise<FluxCluster> {
    for (const source of this.sources) {
      const kc = await source.resolve(target);
      if (kc) return new FluxCluster(target.clusterName, kc, this.fluxNamespace);
    }
    throw new ClusterUnreachableError(unreachableMessage(target));
  }
}
