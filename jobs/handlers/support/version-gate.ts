import { checkSettingGates } from '../../../src/azure/flux-setting-gates.ts';
import { LATEST_KNOWN_FLUX_VERSION } from '../../../src/azure/flux-version.ts';
import { upgradeCommand } from '../../../src/azure/upgrade-command.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { t } from '../../../src/replies/catalog/index.ts';
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
  const { locale } = log;
  if (gates.unknown.length > 0) {
    log.note('unknown-keys', t(locale, 'handler.gate.unknownKeys', { keys: gates.unknown.join(', ') }));
  }
  if (!gates.requiredVersion) return undefined;
  const command = upgradeCommand(target, extensionName, gates.requiredVersion);
  return log.reply('failed', {
    text: t(locale, 'handler.gate.tooOld', {
      version,
      keys: gates.refused.map((r) => r.key).join(', '),
      required: gates.requiredVersion,
      latest: LATEST_KNOWN_FLUX_VERSION,
      command,
    }),
    tables: [
      {
        title: t(locale, 'handler.gate.table'),
        columns: [
          t(locale, 'handler.column.key'),
          t(locale, 'handler.column.minimumVersion'),
          t(locale, 'handler.column.installed'),
        ],
        rows: gates.refused.map((r) => [r.key, r.minimumVersion, version]),
      },
    ],
    fields: [{ label: t(locale, 'handler.field.upgradeCommand'), value: command }],
  });
}
