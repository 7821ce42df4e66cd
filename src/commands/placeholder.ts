// Documentation placeholders such as `<resource-group>` or `<connectedClusters or managedClusters>`.
// The tutorials are full of them; a pasted command keeps them, and fluxops treats them as "not given"
// for the cluster target and warns about any left elsewhere.
const PLACEHOLDER = /^<[^<>]+>$/;
const EMBEDDED = /<[^<>\s][^<>]*>/;

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

export function containsPlaceholder(value: string): boolean {
  return EMBEDDED.test(value);
}
