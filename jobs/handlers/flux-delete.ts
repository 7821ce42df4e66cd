import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import { fluxConfigurationState } from '../../src/azure/provisioning-state.ts';
import { describeObject, pruneImpact } from '../../src/azure/prune-impact.ts';
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
 * `flux delete NAME` (confirmed in chat before it gets here).
 *
 * Rules:
 * 1. Read the configuration first: gone → say there is nothing to delete (the CLI's warning).
 * 2. prune=true kustomizations delete what they applied: list those objects from live state before
 *    the DELETE is sent, and again in the final reply as what went.
 * 3. One DELETE (resumed, never re-sent, after a retry), followed to the end — or, with --no-wait,
 *    only until Azure accepted it.
 */
export const fluxDelete: Handler<CommandOfKind<'flux.delete'>> = async (ctx) => {
  const { command, arm } = ctx;
  const target = command.target;
  const log = new ProgressLog(ctx);
  const { locale } = log;
  const resuming = jobJournal(ctx.job).recall('flux-delete') !== undefined;
  let config: FluxConfiguration | undefined;
  try {
    config = await arm.fluxConfigurations.get(...clusterArgs(target), command.name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await refuseMissingParent(ctx, target);
  }
  if (!config && !resuming) {
    return log.reply('info', {
      text: t(locale, 'handler.fluxDelete.nothing', { name: command.name, cluster: describeCluster(target, locale) }),
    });
  }
  const impact = config ? pruneImpact(config) : { pruningKustomizations: [], objects: [] };
  if (impact.pruningKustomizations.length > 0) {
    const objects = impact.objects.map(describeObject);
    const values = { kustomizations: impact.pruningKustomizations.join(', '), name: command.name };
    await log.set(
      'prune',
      objects.length
        ? t(locale, 'handler.fluxDelete.pruneObjects', { ...values, objects: objects.join(', ') })
        : t(locale, 'handler.fluxDelete.prune', values),
    );
  }
  const written = await runWrite(ctx, log, {
    step: 'flux-delete',
    label: t(locale, 'handler.fluxDelete.label', { name: command.name }),
    method: 'DELETE',
    target,
    send: (options) =>
      arm.fluxConfigurations.beginDelete(...clusterArgs(target), command.name, {
        ...options,
        forceDelete: command.force || undefined,
      }),
    readProvisioningState: fluxConfigurationState(arm, target, command.name),
    noWait: command.noWait,
  });
  if (command.noWait) {
    const check = `flux show -n ${command.name} ${targetFlags(target)}`;
    const what = t(locale, 'handler.fluxDelete.label', { name: command.name });
    return noWaitReply(log, written, { what, check, target });
  }
  const removed = impact.objects;
  return log.reply('succeeded', {
    text: t(locale, removed.length ? 'handler.fluxDelete.donePruned' : 'handler.fluxDelete.done', {
      name: command.name,
      cluster: target.clusterName,
    }),
    tables: removed.length
      ? [
          {
            title: t(locale, 'handler.fluxDelete.table'),
            columns: [
              t(locale, 'handler.column.kind'),
              t(locale, 'handler.column.namespace'),
              t(locale, 'handler.column.name'),
              t(locale, 'handler.column.appliedBy'),
            ],
            rows: removed.map((s) => [s.kind ?? '', s.namespace ?? '', s.name ?? '', s.appliedBy?.name ?? '']),
          },
        ]
      : undefined,
    provenance: { cluster: describeCluster(target, locale) },
  });
};
