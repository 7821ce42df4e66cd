import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../src/azure/cluster-args.ts';
import { isNotFound } from '../../src/azure/is-not-found.ts';
import { fluxConfigurationState } from '../../src/azure/provisioning-state.ts';
import { describeObject, pruneImpact } from '../../src/azure/prune-impact.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
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
      text: `No flux configuration named "${command.name}" found on ${describeCluster(target)}, so nothing to delete.`,
    });
  }
  const impact = config ? pruneImpact(config) : { pruningKustomizations: [], objects: [] };
  if (impact.pruningKustomizations.length > 0) {
    const objects = impact.objects.map(describeObject);
    await log.set(
      'prune',
      `prune=true on ${impact.pruningKustomizations.join(', ')}: deleting ${command.name} also deletes what they deployed${objects.length ? ` — ${objects.join(', ')} and the workloads they created` : ''}.`,
    );
  }
  const written = await runWrite(ctx, log, {
    step: 'flux-delete',
    label: `Deleting flux configuration ${command.name}`,
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
    return noWaitReply(log, written, { what: `Deleting flux configuration ${command.name}`, check, target });
  }
  const removed = impact.objects;
  return log.reply('succeeded', {
    text: `Deleted flux configuration ${command.name} from ${target.clusterName}.${removed.length ? ' Pruned with it:' : ''}`,
    tables: removed.length
      ? [
          {
            title: 'Removed (prune=true)',
            columns: ['KIND', 'NAMESPACE', 'NAME', 'APPLIED BY'],
            rows: removed.map((s) => [s.kind ?? '', s.namespace ?? '', s.name ?? '', s.appliedBy?.name ?? '']),
          },
        ]
      : undefined,
    provenance: { cluster: describeCluster(target) },
  });
};
