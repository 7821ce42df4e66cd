// Finds the object a chat command names. With `--kind` only that kind is searched; otherwise kinds
// are tried in LOOKUP_ORDER (Kustomization, HelmRelease, then sources) and the first kind that has
// the name wins. The same name in two namespaces is ambiguous: the reply lists both. With no Flux API
// served at all, the answer is that Flux is not installed rather than "no such object".
import type { FluxObjectKind } from '../../commands/types-bot.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';
import type { FluxCluster, FoundObject } from '../access/flux-cluster.ts';
import { LOOKUP_ORDER } from '../access/flux-kinds.ts';
import { FluxNotInstalledError } from '../access/flux-not-installed.ts';

export class FluxObjectNotFoundError extends Error {
  override readonly name = 'FluxObjectNotFoundError';
}

export async function resolveFluxObject(
  cluster: FluxCluster,
  name: string,
  kind?: FluxObjectKind,
  locale: Locale = 'en',
): Promise<FoundObject> {
  for (const candidate of kind ? [kind] : LOOKUP_ORDER) {
    const found = await cluster.find(name, [candidate]);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const where = found.map((f) => `${f.object.metadata.namespace}/${name}`).join(', ');
      throw new FluxObjectNotFoundError(t(locale, 'cluster.object.ambiguous', { kind: candidate, name, where }));
    }
  }
  // Nothing found because nothing can be: the lists above re-discovered after any 404, so this is current.
  if ((await cluster.fluxVersions()).size === 0) throw new FluxNotInstalledError(cluster.name);
  throw new FluxObjectNotFoundError(
    kind
      ? t(locale, 'cluster.object.notFound', { kind, name, cluster: cluster.name })
      : t(locale, 'cluster.object.notFoundAny', { name, cluster: cluster.name }),
  );
}

/** The source a Kustomization or HelmRelease reads from (for `reconcile --with-source`). */
export function sourceRefOf(found: FoundObject): { kind: FluxObjectKind; namespace: string; name: string } | undefined {
  const spec = found.object.spec;
  const ref = found.kind === 'HelmRelease' ? spec?.chart?.spec?.sourceRef : spec?.sourceRef;
  if (!ref) return undefined;
  return {
    kind: ref.kind as FluxObjectKind,
    namespace: ref.namespace ?? found.object.metadata.namespace ?? '',
    name: ref.name,
  };
}
