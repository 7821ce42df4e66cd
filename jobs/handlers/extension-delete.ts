import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { FLUX_EXTENSION_TYPE } from '../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import { extensionState } from '../../src/azure/provisioning-state.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { noWaitReply, targetFlags } from './support/no-wait-reply.ts';
import { jobJournal } from './support/operation-journal.ts';
import { ProgressLog } from './support/progress-log.ts';
import { refuseMissingParent } from './support/refuse-missing-parent.ts';
import { runWrite } from './support/write-step.ts';

/**
 * `extension delete -n flux`.
 *
 * Rules:
 * 1. Not installed → nothing to delete.
 * 2. microsoft.flux with flux configurations still on the cluster → refuse (tutorial: delete every
 *    configuration first or the cluster may be left unstable), list them and offer their deletes.
 * 3. Otherwise one DELETE, followed to the end (resumed, never re-sent, after a retry); with --no-wait
 *    only until Azure accepted it.
 */
export const extensionDelete: Handler<CommandOfKind<'extension.delete'>> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  if (!jobJournal(ctx.job).recall('extension-delete')) {
    let extensionType: string | undefined;
    try {
      extensionType = (await arm.extensions.get(...clusterArgs(target), command.extensionName)).extensionType;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await refuseMissingParent(ctx, target);
      return log.reply('info', {
        text: `Extension "${command.extensionName}" is not installed on ${describeCluster(target)}, so nothing to delete.`,
      });
    }
    if (extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE) {
      const configs: FluxConfiguration[] = [];
      for await (const config of arm.fluxConfigurations.list(...clusterArgs(target))) configs.push(config);
      if (configs.length > 0) {
        const names = configs.map((c) => c.name ?? '');
        return log.reply('failed', {
          text: `Not deleting microsoft.flux: ${configs.length} flux configuration${configs.length === 1 ? ' still uses' : 's still use'} it (${names.join(', ')}). Delete them first — removing the extension under them can leave the cluster in an unstable state — then run this again.`,
          tables: [
            {
              title: 'Flux configurations on the cluster',
              columns: ['NAME', 'NAMESPACE', 'COMPLIANCE'],
              rows: configs.map((c) => [c.name ?? '', c.namespace ?? '', c.complianceState ?? 'Unknown']),
            },
          ],
          actions: names.map((name) => ({
            id: `delete-${name}`,
            label: `Delete ${name}`,
            style: 'danger' as const,
            command: `flux delete -n ${name} -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}`,
          })),
          provenance: { cluster: describeCluster(target) },
        });
      }
    }
  }
  const written = await runWrite(ctx, log, {
    step: 'extension-delete',
    label: `Deleting extension ${command.extensionName}`,
    method: 'DELETE',
    target,
    send: (options) =>
      arm.extensions.beginDelete(...clusterArgs(target), command.extensionName, {
        ...options,
        forceDelete: command.force || undefined,
      }),
    readProvisioningState: extensionState(arm, target, command.extensionName),
    noWait: command.noWait,
  });
  if (command.noWait) {
    const check = `extension show -n ${command.extensionName} ${targetFlags(target)}`;
    return noWaitReply(log, written, { what: `Deleting extension ${command.extensionName}`, check, target });
  }
  return log.reply('succeeded', {
    text: `Deleted extension ${command.extensionName} from ${target.clusterName}.`,
    provenance: { cluster: describeCluster(target) },
  });
};
