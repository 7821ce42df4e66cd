// The resource types the stand-in serves, and which API versions each microsoft.flux version serves
// (docs/upstream.md §F2), so clients must discover versions instead of assuming them.
import { compareVersions } from '../arm/flux-versions.ts';

export interface ResourceType {
  group: string;
  kind: string;
  plural: string;
  namespaced: boolean;
}

export const CORE_TYPES: readonly ResourceType[] = [
  { group: '', kind: 'Namespace', plural: 'namespaces', namespaced: false },
  { group: '', kind: 'Pod', plural: 'pods', namespaced: true },
  { group: '', kind: 'Event', plural: 'events', namespaced: true },
];

export const FLUX_TYPES: readonly ResourceType[] = [
  { group: 'source.toolkit.fluxcd.io', kind: 'GitRepository', plural: 'gitrepositories', namespaced: true },
  { group: 'source.toolkit.fluxcd.io', kind: 'OCIRepository', plural: 'ocirepositories', namespaced: true },
  { group: 'source.toolkit.fluxcd.io', kind: 'HelmRepository', plural: 'helmrepositories', namespaced: true },
  { group: 'source.toolkit.fluxcd.io', kind: 'HelmChart', plural: 'helmcharts', namespaced: true },
  { group: 'source.toolkit.fluxcd.io', kind: 'Bucket', plural: 'buckets', namespaced: true },
  { group: 'kustomize.toolkit.fluxcd.io', kind: 'Kustomization', plural: 'kustomizations', namespaced: true },
  { group: 'helm.toolkit.fluxcd.io', kind: 'HelmRelease', plural: 'helmreleases', namespaced: true },
];

export function typeKey(type: ResourceType): string {
  return `${type.group}/${type.plural}`;
}

/**
 * Versions served for a kind under an installed microsoft.flux version, newest first.
 * 1. ext ≤ 1.9.x (Flux 2.0–2.1): betas only (HelmRelease v2beta1, Kustomization v1beta2, sources v1beta2).
 * 2. ext 1.10–1.22 (Flux 2.2–2.6): GA plus the deprecated betas; OCIRepository GA only from 1.19 (Flux 2.6).
 * 3. ext ≥ 1.23 (Flux 2.7): GA plus one beta each (upstream CRDs still serve them, deprecated).
 */
export function servedVersions(type: ResourceType, extensionVersion: string): string[] {
  const old = compareVersions(extensionVersion, '1.10.0') < 0;
  const flux27 = compareVersions(extensionVersion, '1.23.0') >= 0;
  if (type.group === 'helm.toolkit.fluxcd.io') {
    if (old) return ['v2beta1'];
    return flux27 ? ['v2', 'v2beta2'] : ['v2', 'v2beta2', 'v2beta1'];
  }
  if (type.kind === 'OCIRepository') {
    return compareVersions(extensionVersion, '1.19.0') >= 0 ? ['v1', 'v1beta2'] : ['v1beta2'];
  }
  if (old) return ['v1beta2', 'v1beta1'];
  return flux27 ? ['v1', 'v1beta2'] : ['v1', 'v1beta2', 'v1beta1'];
}
