// Which version of each Flux kind this cluster serves, found by discovery rather than assumed
// (microsoft.flux ≤ 1.9 serves only the betas; 1.23 dropped most of them).
// 1. GET /apis once; a Flux group absent there means the extension (its CRDs) is not installed.
// 2. For each kind, take the first version fluxops understands that the group serves …
// 3. … and whose resource list (GET /apis/<group>/<version>) has the kind's plural (OCIRepository
//    reached v1 later than its siblings).
import { ApisApi, CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import type { FluxObjectKind } from '../../commands/types-bot.ts';
import { FLUX_KINDS } from './flux-kinds.ts';

export type FluxVersions = Map<FluxObjectKind, string>;

export async function discoverFluxVersions(kc: KubeConfig): Promise<FluxVersions> {
  const groups = await kc.makeApiClient(ApisApi).getAPIVersions();
  const custom = kc.makeApiClient(CustomObjectsApi);
  const resourceLists = new Map<string, Promise<Set<string>>>();
  const pluralsOf = (group: string, version: string) => {
    const key = `${group}/${version}`;
    let pending = resourceLists.get(key);
    if (!pending) {
      pending = custom
        .getAPIResources({ group, version })
        .then((list) => new Set(list.resources.map((r) => r.name)))
        .catch(() => new Set<string>());
      resourceLists.set(key, pending);
    }
    return pending;
  };
  const found: FluxVersions = new Map();
  for (const kind of FLUX_KINDS) {
    const group = groups.groups.find((g) => g.name === kind.group);
    if (!group) continue;
    const served = new Set(group.versions.map((v) => v.version));
    for (const version of kind.versions) {
      if (served.has(version) && (await pluralsOf(kind.group, version)).has(kind.plural)) {
        found.set(kind.kind, version);
        break;
      }
    }
  }
  return found;
}
