import type { FluxConfiguration, ObjectStatusDefinition } from '@azure/arm-kubernetesconfiguration';

/**
 * What deleting a configuration takes with it. Kustomizations with prune=true delete everything they
 * applied when they go (tutorial: "all objects created in the cluster from the manifests are
 * deleted"). Objects are matched through `statuses[].appliedBy`, which names the Flux Kustomization
 * `<configName>-<kustomizationName>`.
 */
export interface PruneImpact {
  pruningKustomizations: string[];
  objects: ObjectStatusDefinition[];
}

export function pruneImpact(config: FluxConfiguration): PruneImpact {
  const configName = config.name ?? '';
  const pruning = Object.entries(config.kustomizations ?? {})
    .filter(([, k]) => k?.prune === true)
    .map(([name]) => name);
  const appliers = new Set(pruning.map((name) => `${configName}-${name}`));
  const objects = (config.statuses ?? []).flatMap((s) =>
    s?.appliedBy?.name && appliers.has(s.appliedBy.name) ? [s] : [],
  );
  return { pruningKustomizations: pruning, objects };
}

export function describeObject(s: ObjectStatusDefinition): string {
  return `${s.kind ?? 'Object'} ${s.namespace ? `${s.namespace}/` : ''}${s.name ?? ''}`;
}
