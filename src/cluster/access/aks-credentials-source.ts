// AKS clusters without a kubeconfig entry: the user credentials ARM hands out
// (managedClusters.listClusterUserCredentials), for the identity fluxops runs as. Needs
// "Azure Kubernetes Service Cluster User Role" and Kubernetes RBAC on the Flux objects.
import { ContainerServiceClient } from '@azure/arm-containerservice';
import type { TokenCredential } from '@azure/core-auth';
import { KubeConfig } from '@kubernetes/client-node';
import type { KubeConfigSource } from './kubeconfig-source.ts';

export interface AksCredentialsOptions {
  credential: TokenCredential;
  defaultSubscriptionId: string;
  endpoint?: string;
}

export function aksCredentialsSource(options: AksCredentialsOptions): KubeConfigSource {
  const clients = new Map<string, ContainerServiceClient>();
  return {
    name: 'AKS user credentials',
    async resolve(target) {
      if (target.clusterType !== 'managedClusters') return undefined;
      const subscriptionId = target.subscriptionId ?? options.defaultSubscriptionId;
      let client = clients.get(subscriptionId);
      if (!client) {
        client = new ContainerServiceClient(options.credential, subscriptionId, { endpoint: options.endpoint });
        clients.set(subscriptionId, client);
      }
      const result = await client.managedClusters.listClusterUserCredentials(target.resourceGroup, target.clusterName);
      const value = result.kubeconfigs?.[0]?.value;
      if (!value) throw new Error(`ARM returned no kubeconfig for ${target.clusterName}`);
      const kc = new KubeConfig();
      kc.loadFromString(Buffer.from(value).toString('utf8'));
      return kc;
    },
  };
}
