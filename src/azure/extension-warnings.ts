import type { Extension } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { type Locale, t } from '../replies/catalog/index.ts';
import { installedVersion } from './find-flux-extension.ts';
import { isInSupportWindow, LATEST_KNOWN_FLUX_VERSION, oldestSupportedVersion } from './flux-version.ts';
import { upgradeCommand } from './upgrade-command.ts';

/**
 * The tutorial's support notes, applied to an installed microsoft.flux: only the latest release and
 * the two minors before it (N-2) are supported, and turning auto-upgrade off freezes the version.
 */
export function extensionWarnings(extension: Extension, target: ClusterTarget, locale: Locale = 'en'): string[] {
  const warnings: string[] = [];
  const name = extension.name ?? 'flux';
  const version = installedVersion(extension);
  if (version && !isInSupportWindow(version)) {
    warnings.push(
      t(locale, 'handler.advice.unsupported', {
        version,
        latest: LATEST_KNOWN_FLUX_VERSION,
        oldest: oldestSupportedVersion(),
        command: upgradeCommand(target, name, LATEST_KNOWN_FLUX_VERSION),
      }),
    );
  }
  if (extension.autoUpgradeMinorVersion === false) {
    const command = `az k8s-extension update -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType} -n ${name} --auto-upgrade-minor-version true`;
    warnings.push(
      version
        ? t(locale, 'handler.advice.autoUpgradeOff', { version, command })
        : t(locale, 'handler.advice.autoUpgradeOffPinned', { command }),
    );
  }
  return warnings;
}
