// Discovery documents (/api, /apis, /apis/<group>, /apis/<group>/<version>) built from what the
// cluster serves right now: Flux groups appear only once the extension has installed the CRDs.
import type { JsonMap } from './kube-object.ts';
import type { ResourceType } from './resource-types.ts';

export type ServedVersions = (type: ResourceType) => string[];

function groupDoc(group: string, versions: string[]): JsonMap {
  const entries = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions: entries, preferredVersion: entries[0] ?? null };
}

/** Versions of a group, newest (preferred) first, as the union over its kinds. */
function groupVersions(types: readonly ResourceType[], served: ServedVersions, group: string): string[] {
  const all: string[] = [];
  for (const type of types.filter((t) => t.group === group)) {
    for (const version of served(type)) if (!all.includes(version)) all.push(version);
  }
  return all.sort(byApiVersionDescending);
}

export function groupListDoc(types: readonly ResourceType[], served: ServedVersions): JsonMap {
  const groups = [...new Set(types.map((t) => t.group).filter(Boolean))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups
      .map((group) => groupDoc(group, groupVersions(types, served, group)))
      .filter((doc) => (doc.versions as unknown[]).length > 0),
  };
}

export function singleGroupDoc(types: readonly ResourceType[], served: ServedVersions, group: string) {
  const versions = groupVersions(types, served, group);
  return versions.length ? groupDoc(group, versions) : undefined;
}

export function resourceListDoc(
  types: readonly ResourceType[],
  served: ServedVersions,
  group: string,
  version: string,
) {
  const resources = types
    .filter((type) => type.group === group && served(type).includes(version))
    .map((type) => ({
      name: type.plural,
      singularName: type.kind.toLowerCase(),
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: ['get', 'list', 'watch', 'patch'],
    }));
  if (!resources.length) return undefined;
  const logs =
    group === '' ? [{ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] }] : [];
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: [...resources, ...logs],
  };
}

export const CORE_VERSIONS_DOC: JsonMap = { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] };

/** v2 > v2beta2 > v2beta1 > v1 > v1beta2 … — GA beats beta, higher beats lower. */
function byApiVersionDescending(left: string, right: string): number {
  const rank = (v: string) => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return 0;
    const stage = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
    return Number(m[1]) * 10_000 + stage * 100 + Number(m[3] ?? 0);
  };
  return rank(right) - rank(left);
}
