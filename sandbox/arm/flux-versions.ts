// microsoft.flux versions the stand-in can install, from the extension release history (docs/upstream.md §4.1).
// Which configurationSettings keys a version understands is fluxops' own client-side gate
// (src/azure/flux-setting-gates.ts): ARM itself takes any key, and so does the stand-in.

export const LATEST_FLUX_VERSION = '1.24.1';
/** 1.0.0 introduced multi-tenancy and is the oldest version the docs still describe. */
const OLDEST_FLUX_VERSION = '1.0.0';

function isVersion(text: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(text);
}

export function compareVersions(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < 3; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A pinnable version must look like one and exist (≥ 1.0.0, ≤ the newest release the sandbox knows). */
export function isKnownFluxVersion(version: string): boolean {
  return (
    isVersion(version) &&
    compareVersions(version, OLDEST_FLUX_VERSION) >= 0 &&
    compareVersions(version, LATEST_FLUX_VERSION) <= 0
  );
}
