import type { Extension, SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { clusterArgs } from './cluster-args.ts';

/**
 * The cluster's microsoft.flux extension, whatever it is called (the CLI matches on
 * `extensionType.lower() == "microsoft.flux"`; the auto-created one is named `flux`).
 */
export const FLUX_EXTENSION_TYPE = 'microsoft.flux';

export async function findFluxExtension(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
): Promise<Extension | undefined> {
  for await (const extension of arm.extensions.list(...clusterArgs(target))) {
    if (extension.extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE) return extension;
  }
  return undefined;
}

/** The version the cluster runs: currentVersion, else the pinned one. */
export function installedVersion(extension: Extension): string | undefined {
  return extension.currentVersion ?? extension.version ?? undefined;
}
