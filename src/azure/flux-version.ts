/**
 * microsoft.flux versions: comparison and the support window.
 * "Latest + N-2 supported" (docs/upstream.md §4.1): with 1.24.x the newest, 1.22.0 and later are supported.
 */
export const LATEST_KNOWN_FLUX_VERSION = '1.24.1';

export function compareVersions(left: string, right: string): number {
  const a = left.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const b = right.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let index = 0; index < 3; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The oldest version inside the N-2 window of the newest release fluxops knows. */
export function oldestSupportedVersion(latest = LATEST_KNOWN_FLUX_VERSION): string {
  const [major = 1, minor = 0] = latest.split('.').map(Number);
  return `${major}.${Math.max(0, minor - 2)}.0`;
}

export function isInSupportWindow(version: string, latest = LATEST_KNOWN_FLUX_VERSION): boolean {
  return compareVersions(version, oldestSupportedVersion(latest)) >= 0;
}
