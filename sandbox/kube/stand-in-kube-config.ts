import { KubeConfig } from '@kubernetes/client-node';

/**
 * A client-node KubeConfig for one kube API stand-in (plain HTTP on loopback, hence skipTLSVerify),
 * whether it runs in this process or in the standalone sandbox.
 */
export function standInKubeConfig(cluster: { name: string; server: string; token: string }): KubeConfig {
  const kc = new KubeConfig();
  const context = `sandbox-${cluster.name}`;
  kc.loadFromOptions({
    clusters: [{ name: cluster.name, server: cluster.server, skipTLSVerify: true }],
    users: [{ name: 'fluxops', token: cluster.token }],
    contexts: [{ name: context, cluster: cluster.name, user: 'fluxops' }],
    currentContext: context,
  });
  return kc;
}
