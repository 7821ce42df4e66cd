import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { clusterArgs } from '../../../src/azure/cluster-args.ts';
import { fluxConfigurationFields, statusesTable } from '../../../src/azure/describe-flux-configuration.ts';
import { followCompliance } from '../../../src/azure/follow-compliance.ts';
import { COMPLIANCE_INTERVALS_MS } from '../../../src/azure/poll-delays.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { metrics } from '../../../src/platform/metrics.ts';
import { type Locale, t } from '../../../src/replies/catalog/index.ts';
import { formatDuration } from '../../../src/replies/locale/format-duration.ts';
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
 * 5. A configuration the agent has never reported on (no `statusUpdatedAt`: a new one) has no "before":
 *    the message waits for the agent's first report, and Azure's state is its initial one.
 */
function deadlineText(locale: Locale, ms: number): string {
  // Whole minutes past one minute, whole seconds below: the deadline is a setting, not a measurement.
  return formatDuration(
    locale,
    ms >= 60_000 ? { minutes: Math.round(ms / 60_000) } : { seconds: Math.round(ms / 1000) },
  );
}

export async function complianceReply(
  ctx: HandlerInput,
  log: ProgressLog,
  target: ClusterTarget,
  name: string,
): Promise<Reply> {
  const seen: string[] = [];
  const { locale } = log;
  const started = performance.now();
  const read = (): Promise<FluxConfiguration> => ctx.arm.fluxConfigurations.get(...clusterArgs(target), name);
  const outcome = await followCompliance({
    read,
    afterWrite: true,
    deadlineMs: ctx.settings.complianceDeadlineMs,
    intervalsMs: ctx.settings.pollIntervalsMs ?? COMPLIANCE_INTERVALS_MS,
    onChange: (config) =>
      log.set('compliance', t(locale, 'handler.compliance.progress', { history: historyText(config, seen) })),
    onStale: (config) => log.set('compliance', staleText(locale, config)),
  });
  const config = outcome.config;
  const state = config.complianceState ?? 'Unknown';
  metrics.complianceFollow.observe(
    { state: outcome.settled ? state : 'deadline' },
    (performance.now() - started) / 1000,
  );
  const fields = fluxConfigurationFields(config, locale);
  const all = statusesTable(config, false, locale);
  const deadline = deadlineText(locale, ctx.settings.complianceDeadlineMs);
  if (outcome.stale) {
    return log.reply('info', {
      text: neverReported(config)
        ? t(locale, 'handler.compliance.staleFirst', { name, deadline })
        : config.complianceState
          ? t(locale, 'handler.compliance.staleWithState', { name, deadline, state: config.complianceState })
          : t(locale, 'handler.compliance.stale', { name, deadline }),
      fields,
    });
  }
  if (!outcome.settled) {
    return log.reply('info', {
      text: t(locale, 'handler.compliance.unsettled', { name, deadline, state }),
      fields,
      tables: all ? [all] : undefined,
    });
  }
  if (state === 'Non-Compliant' || (config.provisioningState ?? '') === 'Failed') {
    const failing = statusesTable(config, true, locale);
    const sentence = t(locale, 'handler.compliance.failed', { name, state });
    return log.reply('failed', {
      // Azure's error message is Azure's words: it follows the sentence as it came.
      text: config.errorMessage ? `${sentence} ${config.errorMessage}` : sentence,
      fields,
      tables: [failing, all].filter((table): table is ReplyTable => table !== undefined),
    });
  }
  return log.reply('succeeded', {
    text: t(locale, 'handler.compliance.settled', { name, state }),
    fields,
    tables: all ? [all] : undefined,
  });
}

/** True when the agent has never reported on the configuration: Azure's state is its initial one. */
function neverReported(config: FluxConfiguration): boolean {
  return config.statusUpdatedAt === undefined || config.statusUpdatedAt === null;
}

/** What the message says while Azure only has the agent's report from before the write, or none yet. */
function staleText(locale: Locale, config: FluxConfiguration): string {
  if (!config.complianceState) return t(locale, 'handler.compliance.waitingAgent');
  return neverReported(config)
    ? t(locale, 'handler.compliance.waitingAgentFirst', { state: config.complianceState })
    : t(locale, 'handler.compliance.waitingAgentBefore', { state: config.complianceState });
}

/** The compliance states seen so far, e.g. "Pending → Compliant". */
function historyText(config: FluxConfiguration, seen: string[]): string {
  const state = config.complianceState ?? 'Unknown';
  if (seen.at(-1) !== state) seen.push(state);
  return seen.join(' → ');
}
