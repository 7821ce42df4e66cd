import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { clusterArgs } from './cluster-args.ts';
import { isNotFound } from './is-not-found.ts';

/** provisioningState readers for waiting out a 409; undefined when the resource does not exist. */
export function fluxConfigurationState(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
  name: string,
): () => Promise<string | undefined> {
  return async () => {
    try {
      return (await arm.fluxConfigurations.get(...clusterArgs(target), name)).provisioningState ?? 'Unknown';
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };
}

export function extensionState(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
  name: string,
): () => Promise<string | undefined> {
  return async () => {
    try {
      return (await arm.extensions.get(...clusterArgs(target), name)).provisioningState ?? 'Unknown';
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };
}
