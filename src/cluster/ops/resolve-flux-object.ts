// Finds the object a chat command names.
//
// Rules:
// 1. With `--kind` only that kind is searched; otherwise kinds are tried in LOOKUP_ORDER
//    (Kustomization, HelmRelease, then sources) and the first kind that has the name wins.
// 2. With a namespace (`--namespace`, `NAMESPACE/NAME`) only that namespace is looked at.
// 3. Without one, the same name in two namespaces is ambiguous: the reply names every match and, as
//    its example, the command to run again for the first one with `--namespace` (`again`).
// 4. With no Flux API served at all, the answer is that Flux is not installed rather than "no such
//    object".
import type { FluxObjectKind } from '../../commands/types-bot.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';
import type { FluxCluster, FoundObject } from '../access/flux-cluster.ts';
import { LOOKUP_ORDER } from '../access/flux-kinds.ts';
import { FluxNotInstalledError } from '../access/flux-not-installed.ts';

export class FluxObjectNotFoundError extends Error {
  override readonly name = 'FluxObjectNotFoundError';
}

/** What the command names: the object's name, and its namespace and kind when given. */
export interface FluxObjectQuery {
  name: string;
  namespace?: string;
  kind?: FluxObjectKind;
}

export interface ResolveOptions {
  locale?: Locale;
  /** Rule 3: the command's own display with `--namespace NS` added. */
  again: (namespace: string) => string;
}

async function findIn(cluster: FluxCluster, query: FluxObjectQuery, kind: FluxObjectKind): Promise<FoundObject[]> {
  if (query.namespace === undefined) return cluster.find(query.name, [kind]);
  const object = await cluster.get(kind, query.namespace, query.name);
  return object ? [{ kind, object }] : [];
}

function ambiguous(query: FluxObjectQuery, kind: FluxObjectKind, found: FoundObject[], options: ResolveOptions) {
  const namespaces = found.map((f) => f.object.metadata.namespace ?? '');
  return new FluxObjectNotFoundError(
    t(options.locale ?? 'en', 'cluster.object.ambiguousWithExample', {
      kind,
      name: query.name,
      where: namespaces.map((namespace) => `${namespace}/${query.name}`).join(', '),
      example: options.again(namespaces[0]!),
    }),
  );
}

export async function resolveFluxObject(
  cluster: FluxCluster,
  query: FluxObjectQuery,
  options: ResolveOptions,
): Promise<FoundObject> {
  const locale = options.locale ?? 'en';
  for (const candidate of query.kind ? [query.kind] : LOOKUP_ORDER) {
    const found = await findIn(cluster, query, candidate);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) throw ambiguous(query, candidate, found, options);
  }
  // Nothing found because nothing can be: the lists above re-discovered after any 404, so this is current.
  if ((await cluster.fluxVersions()).size === 0) throw new FluxNotInstalledError(cluster.name);
  const name = query.namespace === undefined ? query.name : `${query.namespace}/${query.name}`;
  throw new FluxObjectNotFoundError(
    query.kind
      ? t(locale, 'cluster.object.notFound', { kind: query.kind, name, cluster: cluster.name })
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
