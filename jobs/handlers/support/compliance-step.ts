import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../../src/azure/cluster-args.ts';
import { fluxConfigurationFields, statusesTable } from '../../../src/azure/describe-flux-configuration.ts';
import { followCompliance } from '../../../src/azure/follow-compliance.ts';
import { COMPLIANCE_INTERVALS_MS } from '../../../src/azure/poll-delays.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { metrics } from '../../../src/platform/metrics.ts';
import type { Reply, ReplyTable } from '../../../src/replies/reply.ts';
import type { HandlerInput } from '../../handler.ts';
import type { ProgressLog } from './progress-log.ts';

/**
 * The part after ARM's "Succeeded": follow complianceState until it settles (or the deadline) and
 * turn the outcome into the final reply. Succeeded means accepted, not deployed (docs/upstream.md §3.1).
 *
 * Rules:
 * 1. Compliant / Suspended → succeeded, with every object Flux reports.
 * 2. Non-Compliant → failed, with the failing objects and their condition reason and message.
 * 3. Deadline passed → info: ARM is done, Flux is still reconciling; `flux show` tells later.
 * 4. Only what the Flux agent reported after the write counts (follow-compliance.ts rule 5); until it
 *    reports, the message says it is waiting for the agent and what Azure still shows from before.
 */
function minutes(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

export async function complianceReply(
  ctx: HandlerInput,
  log: ProgressLog,
  target: ClusterTarget,
  name: string,
): Promise<Reply> {
  const seen: string[] = [];
  const started = performance.now();
  const read = (): Promise<FluxConfiguration> => ctx.arm.fluxConfigurations.get(...clusterArgs(target), name);
  const outcome = await followCompliance({
    read,
    afterWrite: true,
    deadlineMs: ctx.settings.complianceDeadlineMs,
    intervalsMs: ctx.settings.pollIntervalsMs ?? COMPLIANCE_INTERVALS_MS,
    onChange: (config) => log.set('compliance', `Compliance: ${historyText(config, seen)}`),
    onStale: (config) => log.set('compliance', staleText(config)),
  });
  const config = outcome.config;
  const state = config.complianceState ?? 'Unknown';
  metrics.complianceFollow.observe(
    { state: outcome.settled ? state : 'deadline' },
    (performance.now() - started) / 1000,
  );
  const fields = fluxConfigurationFields(config);
  const all = statusesTable(config);
  if (outcome.stale) {
    return log.reply('info', {
      text: `Azure accepted ${name}, but the Flux agent has not reported on it since the change (after ${minutes(ctx.settings.complianceDeadlineMs)}). What Azure shows${config.complianceState ? ` (${config.complianceState})` : ''} is from before the change, so it is not the result. \`flux show ${name}\` shows the agent's next report.`,
      fields,
    });
  }
  if (!outcome.settled) {
    return log.reply('info', {
      text: `Azure accepted ${name}, but Flux has not settled after ${minutes(ctx.settings.complianceDeadlineMs)} (still ${state}). \`flux show ${name}\` shows where it got to.`,
      fields,
      tables: all ? [all] : undefined,
    });
  }
  if (state === 'Non-Compliant' || (config.provisioningState ?? '') === 'Failed') {
    const failing = statusesTable(config, true);
    return log.reply('failed', {
      text: `${name} is ${state}: Flux could not apply everything.${config.errorMessage ? ` ${config.errorMessage}` : ''}`,
      fields,
      tables: [failing, all].filter((t): t is ReplyTable => t !== undefined),
    });
  }
  return log.reply('succeeded', {
    text: `${name} is ${state}.`,
    fields,
    tables: all ? [all] : undefined,
  });
}

/** What the message says while Azure only has the agent's report from before the write. */
function staleText(config: FluxConfiguration): string {
  const before = config.complianceState ? ` Azure still shows ${config.complianceState} from before the change.` : '';
  return `Compliance: waiting for the Flux agent to report (about a minute).${before}`;
}

/** The compliance states seen so far, e.g. "Pending → Compliant". */
function historyText(config: FluxConfiguration, seen: string[]): string {
  const state = config.complianceState ?? 'Unknown';
  if (seen.at(-1) !== state) seen.push(state);
  return seen.join(' → ');
}
