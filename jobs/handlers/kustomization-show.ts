import { UnrecoverableError } from 'bullmq';
import { statusesTable } from '../../src/azure/describe-flux-configuration.ts';
import type { CommandOfKind } from '../../src/commands/types.ts';
import { formatDurationSeconds } from '../../src/platform/format-duration.ts';
import type { ReplyField } from '../../src/replies/reply.ts';
import { describeCluster } from '../../src/replies/submit-replies.ts';
import type { Handler } from '../handler.ts';
import { readFluxConfiguration } from './support/read-flux-configuration.ts';

/** `flux kustomization show`: one kustomization's settings and the objects it applied. */
export const kustomizationShow: Handler<CommandOfKind<'kustomization.show'>> = async (ctx) => {
  const { command } = ctx;
  const config = await readFluxConfiguration(ctx, command.target, command.configName);
  const k = config.kustomizations?.[command.kustomizationName];
  if (!k) {
    throw new UnrecoverableError(
      `No kustomization "${command.kustomizationName}" in ${command.configName} (it has ${Object.keys(config.kustomizations ?? {}).join(', ') || 'none'}).`,
    );
  }
  const fields: ReplyField[] = [
    { label: 'Path', value: k.path || '(repository root)' },
    { label: 'Depends on', value: (k.dependsOn ?? []).join(', ') || '-' },
    { label: 'Prune', value: String(k.prune ?? false) },
    { label: 'Force', value: String(k.force ?? false) },
    { label: 'Wait (health checks)', value: String(k.wait ?? true) },
    { label: 'Sync interval', value: formatDurationSeconds(k.syncIntervalInSeconds ?? 600) },
    { label: 'Timeout', value: formatDurationSeconds(k.timeoutInSeconds ?? 600) },
  ];
  if (k.retryIntervalInSeconds)
    fields.push({ label: 'Retry interval', value: formatDurationSeconds(k.retryIntervalInSeconds) });
  const applier = `${command.configName}-${command.kustomizationName}`;
  const applied = statusesTable({
    ...config,
    statuses: (config.statuses ?? []).filter((s) => s?.appliedBy?.name === applier || s?.name === applier),
  });
  return {
    title: command.display,
    status: 'succeeded',
    text: `Kustomization ${command.kustomizationName} of ${command.configName} (Flux object ${applier}).`,
    fields,
    tables: applied ? [applied] : undefined,
    context: { cluster: describeCluster(command.target) },
  };
};
