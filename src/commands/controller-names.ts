// Controller names as people type them: `source`, `source-controller`, `Helm-Controller`.
// A known name without the `-controller` suffix gets it; matching is case-insensitive.
import { AZURE_AGENTS, FLUX_CONTROLLERS } from './validate/flux-setting-keys.ts';

export const ALL_CONTROLLERS: readonly string[] = [...FLUX_CONTROLLERS, ...AZURE_AGENTS];

export function resolveController(word: string, allowed: readonly string[] = ALL_CONTROLLERS): string | undefined {
  const lower = word.toLowerCase();
  return allowed.find((name) => name === lower || name === `${lower}-controller`);
}
