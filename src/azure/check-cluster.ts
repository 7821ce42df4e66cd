import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { locateNotFound } from './locate-not-found.ts';
import { missingParentText } from './missing-parent-text.ts';

/**
 * `use`'s check that the cluster it is about to remember exists.
 *
 * Rules:
 * 1. Reads the resource group and the cluster (locate-not-found.ts); both there → undefined.
 * 2. Otherwise the sentence that names the missing level, the other type or the nearest name.
 * 3. Errors other than 404 (no access, Azure down) propagate; the caller decides whether to go on.
 */
export async function clusterProblem(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
): Promise<string | undefined> {
  const missing = await locateNotFound(arm, target);
  return missing.level === 'child' ? undefined : missingParentText(target, missing);
}
