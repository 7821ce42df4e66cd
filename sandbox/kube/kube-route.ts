// Turns a kube API path into what it addresses. Only the shapes fluxops and client-node use:
// discovery, collections (all namespaces or one), single objects and pod logs.

export type KubeRoute =
  | { kind: 'core-versions' }
  | { kind: 'groups' }
  | { kind: 'group'; group: string }
  | { kind: 'resources'; group: string; version: string }
  | { kind: 'collection'; group: string; version: string; plural: string; namespace?: string }
  | { kind: 'object'; group: string; version: string; plural: string; namespace?: string; name: string }
  | { kind: 'log'; namespace: string; name: string };

export function parseKubePath(pathname: string): KubeRoute | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'api') {
    if (parts.length === 1) return { kind: 'core-versions' };
    if (parts[1] !== 'v1') return undefined;
    return resourcePath('', 'v1', parts.slice(2));
  }
  if (parts[0] === 'apis') {
    if (parts.length === 1) return { kind: 'groups' };
    if (parts.length === 2) return { kind: 'group', group: parts[1]! };
    return resourcePath(parts[1]!, parts[2]!, parts.slice(3));
  }
  return undefined;
}

function resourcePath(group: string, version: string, rest: string[]): KubeRoute | undefined {
  if (rest.length === 0) return { kind: 'resources', group, version };
  // Namespaces themselves are cluster-scoped: /api/v1/namespaces[/name].
  if (rest[0] === 'namespaces' && rest.length <= 2) {
    return rest.length === 1
      ? { kind: 'collection', group, version, plural: 'namespaces' }
      : { kind: 'object', group, version, plural: 'namespaces', name: rest[1]! };
  }
  if (rest[0] === 'namespaces') {
    const [, namespace, plural, name, sub] = rest;
    if (!namespace || !plural) return undefined;
    if (sub === 'log' && plural === 'pods' && name && group === '') return { kind: 'log', namespace, name };
    if (sub !== undefined) return undefined;
    return name
      ? { kind: 'object', group, version, plural, namespace, name }
      : { kind: 'collection', group, version, plural, namespace };
  }
  if (rest.length === 1) return { kind: 'collection', group, version, plural: rest[0]! };
  if (rest.length === 2) return { kind: 'object', group, version, plural: rest[0]!, name: rest[1]! };
  return undefined;
}
