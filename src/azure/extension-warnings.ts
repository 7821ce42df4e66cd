import type { Extension } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { installedVersion } from './find-flux-extension.ts';
import { isInSupportWindow, LATEST_KNOWN_FLUX_VERSION, oldestSupportedVersion } from './flux-version.ts';
import { upgradeCommand } from './upgrade-command.ts';

/**
 * The tutorial's support notes, applied to an installed microsoft.flux: only the latest release and
 * the two minors before it (N-2) are supported, and turning auto-upgrade off freezes the version.
 */
export function extensionWarnings(extension: Extension, target: ClusterTarget): string[] {
  const warnings: string[] = [];
  const name = extension.name ?? 'flux';
  const version = installedVersion(extension);
  if (version && !isInSupportWindow(version)) {
    warnings.push(
      `microsoft.flux ${version} is outside the supported window (latest ${LATEST_KNOWN_FLUX_VERSION} and the two minor versions before it, i.e. ${oldestSupportedVersion()} or later). Upgrade: ${upgradeCommand(target, name, LATEST_KNOWN_FLUX_VERSION)}`,
    );
  }
  if (extension.autoUpgradeMinorVersion === false) {
    warnings.push(
      `Auto-upgrade is off, so microsoft.flux stays at ${version ?? 'its pinned version'} and will fall out of support. To follow new releases: az k8s-extension update -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType} -n ${name} --auto-upgrade-minor-version true`,
    );
  }
  return warnings;
}
