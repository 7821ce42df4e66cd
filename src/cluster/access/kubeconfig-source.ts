// One way to get credentials for a cluster. Sources are tried in order; `undefined` means "not mine".
import type { KubeConfig } from '@kubernetes/client-node';
import type { ClusterTarget } from '../../commands/types.ts';

/**
 * `exact`: only a route that names the cluster's resource group as well as its name (a KUBE_CONTEXTS
 * entry `resourceGroup/name=…`, KUBE_IN_CLUSTER=resourceGroup/name, ARM's own AKS credentials). A
 * command allowed by a binding limited to a `--scope` asks for it: a name-only route would reach any
 * cluster of that name, whatever resource group the command typed.
 */
export interface RouteOptions {
  exact?: boolean;
}

export interface KubeConfigSource {
  /** Shown in logs ("cluster flux-demo-aks via aks-user-credentials"); never a secret. */
  name: string;
  resolve(target: ClusterTarget, options?: RouteOptions): Promise<KubeConfig | undefined>;
}
