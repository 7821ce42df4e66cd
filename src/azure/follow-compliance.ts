import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { pollDelay, sleep } from './poll-delays.ts';

const SETTLED = new Set(['compliant', 'non-compliant', 'suspended']);

function isComplianceSettled(config: FluxConfiguration): boolean {
  return (
    SETTLED.has((config.complianceState ?? 'Unknown').toLowerCase()) ||
    (config.provisioningState ?? '').toLowerCase() === 'failed'
  );
}

export interface FollowComplianceOptions {
  read: () => Promise<FluxConfiguration>;
  deadlineMs: number;
  intervalsMs: readonly number[];
  onChange?: (config: FluxConfiguration) => Promise<void> | void;
}

export interface ComplianceOutcome {
  config: FluxConfiguration;
  settled: boolean;
  /** Every compliance state seen, in order, without repeats (e.g. Pending → Compliant). */
  history: string[];
}

/**
 * After ARM says Succeeded, the configuration is only *accepted*: Flux still has to fetch the source
 * and apply it. This polls the configuration until its complianceState settles or the deadline passes.
 *
 * Rules:
 * 1. Settled = Compliant, Non-Compliant or Suspended (FluxComplianceState); Pending/Unknown keep going.
 * 2. provisioningState Failed also ends it: nothing more will be reconciled.
 * 3. The deadline (COMPLIANCE_DEADLINE, default 10 min) ends the wait without failing the command:
 *    ARM did its part; the reply says compliance is still pending.
 * 4. `onChange` hears every new compliance state, so chat shows Pending → Compliant as it happens.
 */
export async function followCompliance(options: FollowComplianceOptions): Promise<ComplianceOutcome> {
  const deadline = Date.now() + options.deadlineMs;
  const history: string[] = [];
  for (let step = 0; ; step++) {
    const config = await options.read();
    const state = config.complianceState ?? 'Unknown';
    if (history.at(-1) !== state) {
      history.push(state);
      await options.onChange?.(config);
    }
    if (isComplianceSettled(config)) return { config, settled: true, history };
    const remaining = deadline - Date.now();
    if (remaining <= 0) return { config, settled: false, history };
    await sleep(Math.min(pollDelay(step, options.intervalsMs), remaining));
  }
}
