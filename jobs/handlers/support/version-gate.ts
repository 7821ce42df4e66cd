import { checkSettingGates } from '../../../src/azure/flux-setting-gates.ts';
import { LATEST_KNOWN_FLUX_VERSION } from '../../../src/azure/flux-version.ts';
import { upgradeCommand } from '../../../src/azure/upgrade-command.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import type { ProgressLog } from './progress-log.ts';

/**
 * Refuses `--config` keys the microsoft.flux version that will run them does not know, naming the
 * version each needs and the exact command that upgrades to it. Unknown keys pass with a note
 * (Azure has the last word on them).
 */
export function versionGateRefusal(
  log: ProgressLog,
  keys: readonly string[],
  version: string,
  target: ClusterTarget,
  extensionName: string,
): Reply | undefined {
  const gates = checkSettingGates(keys, version, target.clusterType);
  if (gates.unknown.length > 0) {
    log.note(
      'unknown-keys',
      `⚠ fluxops has no record of ${gates.unknown.join(', ')}; sending as given, Azure decides.`,
    );
  }
  if (!gates.requiredVersion) return undefined;
  const command = upgradeCommand(target, extensionName, gates.requiredVersion);
  return log.reply('failed', {
    text: `microsoft.flux ${version} is too old for ${gates.refused.map((r) => r.key).join(', ')}: upgrade to ${gates.requiredVersion} or later first (latest known ${LATEST_KNOWN_FLUX_VERSION}), then run this again.\n${command}`,
    tables: [
      {
        title: 'Needs a newer microsoft.flux',
        columns: ['KEY', 'MINIMUM VERSION', 'INSTALLED'],
        rows: gates.refused.map((r) => [r.key, r.minimumVersion, version]),
      },
    ],
    fields: [{ label: 'Upgrade command', value: command }],
  });
}
