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
  /**
   * After a write: only statuses the agent reported after it count (see rule 5). Off for a plain read of
   * a configuration nobody just changed.
   */
  afterWrite?: boolean;
  /** Called while the readings are older than the write (rule 5), once per reading. */
  onStale?: (config: FluxConfiguration) => Promise<void> | void;
  deadlineMs: number;
  intervalsMs: readonly number[];
  onChange?: (config: FluxConfiguration) => Promise<void> | void;
}

export interface ComplianceOutcome {
  config: FluxConfiguration;
  settled: boolean;
  /** True when the last reading was still older than the write: the agent has not reported since. */
  stale: boolean;
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
 * 5. `afterWrite`: the in-cluster agent relays status to Azure about once a minute, so right after a write
 *    Azure still shows the state from before it. A reading counts only when its `statusUpdatedAt` is later
 *    than the write, taken as the first reading's `systemData.lastModifiedAt` (Azure's own clock), or the
 *    time following began when Azure gives none. Older readings are stale: `onStale` hears them, they
 *    never settle the wait and never enter the history.
 */
export async function followCompliance(options: FollowComplianceOptions): Promise<ComplianceOutcome> {
  const started = new Date();
  const deadline = started.getTime() + options.deadlineMs;
  const history: string[] = [];
  let writtenAt: number | undefined;
  for (let step = 0; ; step++) {
    const config = await options.read();
    if (options.afterWrite && writtenAt === undefined) {
      writtenAt = time(config.systemData?.lastModifiedAt) ?? started.getTime();
    }
    const stale = writtenAt !== undefined && !((time(config.statusUpdatedAt) ?? Number.NEGATIVE_INFINITY) > writtenAt);
    const failedProvisioning = (config.provisioningState ?? '').toLowerCase() === 'failed';
    if (stale && !failedProvisioning) {
      await options.onStale?.(config);
    } else {
      const state = config.complianceState ?? 'Unknown';
      if (history.at(-1) !== state) {
        history.push(state);
        await options.onChange?.(config);
      }
      if (isComplianceSettled(config)) return { config, settled: true, stale: false, history };
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) return { config, settled: false, stale: stale && !failedProvisioning, history };
    await sleep(Math.min(pollDelay(step, options.intervalsMs), remaining));
  }
}

function time(value: Date | string | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
