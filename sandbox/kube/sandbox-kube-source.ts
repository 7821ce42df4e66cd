// Credentials for the sandbox's clusters: the stand-in's own KubeConfig, so the real client-node
// talks to it exactly as it would to a cluster. Clusters marked unreachable get none.
import type { KubeConfigSource } from '../../src/cluster/access/kubeconfig-source.ts';
import type { KubeSandbox } from './kube-sandbox.ts';

export function sandboxKubeSource(sandbox: KubeSandbox): KubeConfigSource {
  return {
    name: 'sandbox',
    async resolve(target) {
      return sandbox.cluster(target.clusterName, target.resourceGroup)?.kubeConfig();
    },
  };
}
