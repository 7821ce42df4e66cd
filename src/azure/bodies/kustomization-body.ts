// KustomizationSpec → `KustomizationDefinition` / `KustomizationPatchDefinition` (docs/upstream.md §2).
//
// Rules:
// 1. Only given fields; `name` is the map key, never a field (it is read-only in the API).
// 2. prune/force are JSON booleans (the CLI sends the strings — a quirk not copied).
// 3. `disable_health_check=true` is `wait: false`; without it `wait` is not sent, so an update never resets it.
import type { KustomizationSpec } from '../../commands/types-flux.ts';
import type { KustomizationBody } from './types.ts';
import { defined } from './unwrap-secret.ts';

export function kustomizationBody(spec: KustomizationSpec): KustomizationBody {
  return defined({
    path: spec.path,
    dependsOn: spec.dependsOn,
    timeoutInSeconds: spec.timeoutSeconds,
    syncIntervalInSeconds: spec.syncIntervalSeconds,
    retryIntervalInSeconds: spec.retryIntervalSeconds,
    prune: spec.prune,
    force: spec.force,
    wait: spec.disableHealthCheck === undefined ? undefined : !spec.disableHealthCheck,
  });
}

export function kustomizationMap(specs: readonly KustomizationSpec[]): Record<string, KustomizationBody> {
  const map: Record<string, KustomizationBody> = {};
  for (const spec of specs) {
    Object.defineProperty(map, spec.name, {
      value: kustomizationBody(spec),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return map;
}
