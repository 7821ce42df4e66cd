/**
 * The namespaces `alerts setup` writes an Alert (with its Secret and Provider) into. An Alert only
 * hears objects of its own namespace (cross-namespace references are off under Azure's
 * multi-tenancy), so every namespace holding Flux objects needs its own.
 *
 * Rules:
 * 1. Every configuration's own namespace (its source and Kustomizations live there).
 * 2. Every namespace of the objects in a configuration's `statuses[]`: the objects a repository puts
 *    in any other namespace (a HelmRelease in `apps`) are listed there.
 * 3. When the cluster can be read, every namespace holding a Flux object of a kind fluxops reads.
 * 4. `flux-system` only when rule 2 or 3 found Flux objects there: it holds the controllers, not the
 *    configurations' objects, and a namespace-scoped configuration may not write into it (the apply
 *    would fail).
 * 5. Nothing found at all (no configuration yet, nothing readable): `flux-system` alone, so the key
 *    still has a Secret to live in; the reply says why.
 * 6. Sorted, each once.
 */
export interface ConfigurationPlacement {
  namespace?: string;
  /** `cluster` or `namespace` (the fluxConfiguration's `scope`). */
  scope?: string;
  /** Namespaces of its `statuses[]` objects. */
  objectNamespaces: readonly string[];
}

const FLUX_SYSTEM = 'flux-system';

export function alertNamespaces(
  configurations: readonly ConfigurationPlacement[],
  clusterNamespaces: readonly string[] = [],
): string[] {
  const namespaces = new Set<string>();
  for (const configuration of configurations) {
    if (configuration.namespace && configuration.namespace !== FLUX_SYSTEM) namespaces.add(configuration.namespace);
    for (const namespace of configuration.objectNamespaces) if (namespace) namespaces.add(namespace);
  }
  for (const namespace of clusterNamespaces) if (namespace) namespaces.add(namespace);
  return namespaces.size ? [...namespaces].sort() : [FLUX_SYSTEM];
}
