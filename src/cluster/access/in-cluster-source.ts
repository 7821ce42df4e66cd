// The service account of the pod fluxops runs in, for the one cluster it runs inside
// (KUBE_IN_CLUSTER=<cluster name> or <resource group>/<cluster name>; only the second form is an
// exact route, see RouteOptions). client-node re-reads the projected token itself.
import { existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import type { KubeConfigSource } from './kubeconfig-source.ts';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount/token';

export function inClusterSource(cluster: string, tokenPath = TOKEN_PATH): KubeConfigSource {
  const [group, clusterName] = cluster.includes('/') ? cluster.split('/', 2) : [undefined, cluster];
  return {
    name: 'in-cluster service account',
    async resolve(target, options) {
      if (target.clusterName.toLowerCase() !== clusterName?.toLowerCase()) return undefined;
      if (group === undefined ? options?.exact : group.toLowerCase() !== target.resourceGroup.toLowerCase())
        return undefined;
      if (!existsSync(tokenPath) || !process.env.KUBERNETES_SERVICE_HOST) {
        throw new Error(`KUBE_IN_CLUSTER=${cluster}, but fluxops is not running in a Kubernetes pod`);
      }
      const kc = new KubeConfig();
      kc.loadFromCluster();
      return kc;
    },
  };
}
