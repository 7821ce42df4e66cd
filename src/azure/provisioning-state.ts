import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { clusterArgs } from './cluster-args.ts';
import { isNotFound } from './is-not-found.ts';

/** provisioningState readers for waiting out a 409; undefined when the resource does not exist. */
type StateReader = () => Promise<string | undefined>;

function readState(get: () => Promise<{ provisioningState?: string }>): StateReader {
  return async () => {
    try {
      return (await get()).provisioningState ?? 'Unknown';
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  };
}

export function fluxConfigurationState(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
  name: string,
): StateReader {
  return readState(() => arm.fluxConfigurations.get(...clusterArgs(target), name));
}

export function extensionState(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
  name: string,
): StateReader {
  return readState(() => arm.extensions.get(...clusterArgs(target), name));
}
