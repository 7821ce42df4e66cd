import { type ArmWriteResult, armWrite, type WriteProgress } from '../../../src/azure/arm-write.ts';
import { OPERATION_INTERVALS_MS } from '../../../src/azure/poll-delays.ts';
import type { SendWithResponseHook } from '../../../src/azure/send-write.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import type { HandlerInput } from '../../handler.ts';
import { jobJournal } from './operation-journal.ts';
import type { ProgressLog } from './progress-log.ts';

/**
 * One ARM write inside a handler, reported on the command's message:
 * accepted (operation id) → running → Succeeded; "waiting for the running operation" on a 409.
 * Failed operations throw (ArmOperationError) and the worker renders code, message and details.
 */
export interface WriteStep {
  /** Journal key, unique within the command. */
  step: string;
  /** What the user reads before each state, e.g. "Installing microsoft.flux (extension flux)". */
  label: string;
  method: 'PUT' | 'PATCH' | 'DELETE';
  target: ClusterTarget;
  send: SendWithResponseHook;
  readProvisioningState: () => Promise<string | undefined>;
  /** az --no-wait: stop once ARM accepted (the operation is still journaled, so a retry never resends). */
  noWait?: boolean;
}

function describe(label: string, event: WriteProgress, noWait: boolean): string {
  switch (event.type) {
    case 'conflict':
      return `${label}: Azure reports another operation in progress (${event.code}: ${event.message}) — waiting for it to finish, then sending ours.`;
    case 'accepted':
      return event.resumed
        ? `${label}: resuming operation ${event.operation.operationId} (accepted earlier; not sent again).`
        : `${label}: accepted by Azure, operation ${event.operation.operationId}${noWait ? ' (--no-wait: not followed)' : ''}.`;
    case 'status':
      return `${label}: operation ${event.operation.operationId} ${event.status}.`;
  }
}

function operationIntervals(ctx: Pick<HandlerInput, 'settings'>): readonly number[] {
  return ctx.settings.pollIntervalsMs ?? OPERATION_INTERVALS_MS;
}

export async function runWrite(ctx: HandlerInput, log: ProgressLog, write: WriteStep): Promise<ArmWriteResult> {
  await log.set(write.step, `${write.label}: sending ${write.method} to Azure…`);
  const result = await armWrite({
    arm: ctx.arm,
    step: write.step,
    method: write.method,
    send: write.send,
    readProvisioningState: write.readProvisioningState,
    journal: jobJournal(ctx.job),
    intervalsMs: operationIntervals(ctx),
    conflictDeadlineMs: ctx.settings.complianceDeadlineMs,
    noWait: write.noWait,
    onProgress: (event) => log.set(write.step, describe(write.label, event, write.noWait === true)),
  });
  if (!result.operation) {
    const answer = result.statusCode === 204 ? 'nothing to do (204)' : `done (HTTP ${result.statusCode})`;
    await log.set(write.step, `${write.label}: Azure answered at once — ${answer}.`);
  }
  return result;
}
