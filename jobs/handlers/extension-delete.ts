import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { FLUX_EXTENSION_TYPE } from '../../src/azure/find-flux-extension.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import { extensionState } from '../../src/azure/provisioning-state.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
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
  const { locale } = log;
  if (!jobJournal(ctx.job).recall('extension-delete')) {
    let extensionType: string | undefined;
    try {
      extensionType = (await arm.extensions.get(...clusterArgs(target), command.extensionName)).extensionType;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await refuseMissingParent(ctx, target);
      return log.reply('info', {
        text: t(locale, 'handler.extensionDelete.nothing', {
          name: command.extensionName,
          cluster: describeCluster(target, locale),
        }),
      });
    }
    if (extensionType?.toLowerCase() === FLUX_EXTENSION_TYPE) {
      const configs: FluxConfiguration[] = [];
      for await (const config of arm.fluxConfigurations.list(...clusterArgs(target))) configs.push(config);
      if (configs.length > 0) {
        const names = configs.map((c) => c.name ?? '');
        return log.reply('failed', {
          text: t(locale, 'handler.extensionDelete.refused', { count: configs.length, names: names.join(', ') }),
          tables: [
            {
              title: t(locale, 'handler.extensionDelete.table'),
              columns: [
                t(locale, 'handler.column.name'),
                t(locale, 'handler.column.namespace'),
                t(locale, 'handler.column.compliance'),
              ],
              rows: configs.map((c) => [c.name ?? '', c.namespace ?? '', c.complianceState ?? 'Unknown']),
            },
          ],
          actions: names.map((name) => ({
            id: `delete-${name}`,
            label: t(locale, 'handler.extensionDelete.button', { name }),
            style: 'danger' as const,
            command: `flux delete -n ${name} -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}`,
          })),
          provenance: { cluster: describeCluster(target, locale) },
        });
      }
    }
  }
  const written = await runWrite(ctx, log, {
    step: 'extension-delete',
    label: t(locale, 'handler.extensionDelete.label', { name: command.extensionName }),
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
    const what = t(locale, 'handler.extensionDelete.label', { name: command.extensionName });
    return noWaitReply(log, written, { what, check, target });
  }
  return log.reply('succeeded', {
    text: t(locale, 'handler.extensionDelete.done', { name: command.extensionName, cluster: target.clusterName }),
    provenance: { cluster: describeCluster(target, locale) },
  });
};
