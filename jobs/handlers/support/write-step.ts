import { type ArmWriteResult, armWrite, type WriteProgress } from '../../../src/azure/arm-write.ts';
import { OPERATION_INTERVALS_MS } from '../../../src/azure/poll-delays.ts';
import type { SendWithResponseHook } from '../../../src/azure/send-write.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { type Locale, t } from '../../../src/replies/catalog/index.ts';
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
  /** What the user reads before each state, in their language, e.g. "Creating flux configuration cluster-config". */
  label: string;
  method: 'PUT' | 'PATCH' | 'DELETE';
  target: ClusterTarget;
  send: SendWithResponseHook;
  readProvisioningState: () => Promise<string | undefined>;
  /** az --no-wait: stop once ARM accepted (the operation is still journaled, so a retry never resends). */
  noWait?: boolean;
}

function describe(locale: Locale, label: string, event: WriteProgress, noWait: boolean): string {
  switch (event.type) {
    case 'conflict':
      return t(locale, 'handler.write.conflict', { label, code: event.code, message: event.message });
    case 'accepted': {
      const operation = event.operation.operationId;
      if (event.resumed) return t(locale, 'handler.write.resumed', { label, operation });
      return t(locale, noWait ? 'handler.write.acceptedNoWait' : 'handler.write.accepted', { label, operation });
    }
    case 'status':
      return t(locale, 'handler.write.status', { label, operation: event.operation.operationId, status: event.status });
  }
}

function operationIntervals(ctx: Pick<HandlerInput, 'settings'>): readonly number[] {
  return ctx.settings.pollIntervalsMs ?? OPERATION_INTERVALS_MS;
}

export async function runWrite(ctx: HandlerInput, log: ProgressLog, write: WriteStep): Promise<ArmWriteResult> {
  const { locale } = log;
  await log.set(write.step, t(locale, 'handler.write.sending', { label: write.label, method: write.method }));
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
    onProgress: (event) => log.set(write.step, describe(locale, write.label, event, write.noWait === true)),
  });
  if (!result.operation) {
    const answer =
      result.statusCode === 204
        ? t(locale, 'handler.write.nothingToDo', { label: write.label })
        : t(locale, 'handler.write.doneAtOnce', { label: write.label, statusCode: String(result.statusCode) });
    await log.set(write.step, answer);
  }
  return result;
}
