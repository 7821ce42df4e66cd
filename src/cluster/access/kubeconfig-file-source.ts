// A kubeconfig file (KUBECONFIG, `:`-separated like kubectl) plus the per-cluster context mapping
// (KUBE_CONTEXTS=flux-demo-arc=arc-admin,flux-demo-rg/flux-demo-aks=aks). A cluster with no entry is
// not this source's: fluxops never guesses that the file's current context is the cluster asked for.
import { delimiter } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import type { ClusterTarget } from '../../commands/types.ts';
import type { KubeConfigSource } from './kubeconfig-source.ts';

/** `name=context` or `resourceGroup/name=context`, comma-separated; keys are case-insensitive. */
export function parseContextMap(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    if (at <= 0 || at === entry.length - 1) throw new Error(`"${entry}" is not cluster=context`);
    map.set(entry.slice(0, at).trim().toLowerCase(), entry.slice(at + 1).trim());
  }
  return map;
}

/** The `resourceGroup/name` entry, else (unless `exact`) the name-only one. */
function contextFor(map: Map<string, string>, target: ClusterTarget, exact: boolean): string | undefined {
  const full = map.get(`${target.resourceGroup}/${target.clusterName}`.toLowerCase());
  return full ?? (exact ? undefined : map.get(target.clusterName.toLowerCase()));
}

export function kubeconfigFileSource(paths: string, contexts: Map<string, string>): KubeConfigSource {
  let loaded: KubeConfig[] | undefined;
  return {
    name: 'kubeconfig',
    async resolve(target, options) {
      const context = contextFor(contexts, target, options?.exact === true);
      if (!context) return undefined;
      loaded ??= paths
        .split(delimiter)
        .filter(Boolean)
        .map((path) => {
          const kc = new KubeConfig();
          kc.loadFromFile(path);
          return kc;
        });
      const file = loaded.find((kc) => kc.getContexts().some((c) => c.name === context));
      if (!file)
        throw new Error(`kubeconfig context "${context}" (mapped to ${target.clusterName}) is not in KUBECONFIG`);
      const kc = new KubeConfig();
      kc.loadFromString(file.exportConfig());
      kc.setCurrentContext(context);
      return kc;
    },
  };
}
