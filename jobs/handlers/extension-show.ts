import type { Extension } from '@azure/arm-kubernetesconfiguration';
import { UnrecoverableError } from 'bullmq';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { extensionWarnings } from '../../src/azure/extension-warnings.ts';
import { FLUX_EXTENSION_TYPE } from '../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import type { ReplyField } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';

export function extensionFields(extension: Extension): ReplyField[] {
  const fields: ReplyField[] = [
    { label: 'Type', value: extension.extensionType ?? '' },
    { label: 'Version', value: extension.currentVersion ?? extension.version ?? 'unknown' },
    { label: 'Auto-upgrade', value: String(extension.autoUpgradeMinorVersion ?? true) },
    { label: 'Release train', value: extension.releaseTrain ?? 'Stable' },
    { label: 'State', value: extension.provisioningState ?? 'Unknown' },
  ];
  if (extension.errorInfo?.message) fields.push({ label: 'Error', value: extension.errorInfo.message });
  return fields;
}

/** `extension show [-n flux]`: version, state and the settings Flux runs with. */
export const extensionShow: Handler<CommandOfKind<'extension.show'>> = async ({ command, arm }) => {
  const target = command.target;
  try {
    const extension = await arm.extensions.get(...clusterArgs(target), command.extensionName);
    const settings = Object.entries(extension.configurationSettings ?? {});
    const warnings =
      extension.extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE ? extensionWarnings(extension, target) : [];
    return {
      title: command.display,
      status: 'succeeded',
      text: [`Extension ${command.extensionName} on ${target.clusterName}.`, ...warnings.map((w) => `⚠ ${w}`)].join(
        '\n',
      ),
      fields: extensionFields(extension),
      tables: settings.length
        ? [{ title: 'Configuration settings', columns: ['KEY', 'VALUE'], rows: settings.map(([k, v]) => [k, v]) }]
        : undefined,
      context: { cluster: describeCluster(target) },
    };
  } catch (error) {
    if (isNotFound(error)) {
      await refuseMissingParent({ arm }, target);
      throw new UnrecoverableError(
        `Extension "${command.extensionName}" is not installed on ${describeCluster(target)}. \`flux create\` installs microsoft.flux for you, or run \`extension create -n flux --extension-type microsoft.flux\`.`,
      );
    }
    throw error;
  }
};
