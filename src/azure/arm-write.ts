import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { describeArmError } from './arm-error.ts';
import { ArmOperationError } from './arm-operation-error.ts';
import { followOperation } from './follow-operation.ts';
import type { OperationRef } from './operation-ref.ts';
import { pollDelay, sleep } from './poll-delays.ts';
import { type SendWithResponseHook, sendWrite } from './send-write.ts';

/** Where a job keeps the ARM operation it started, so a retry or another worker polls it instead of writing again. */
export interface OperationJournal {
  recall(step: string): OperationRef | undefined;
  remember(step: string, operation: OperationRef): Promise<void>;
}

export type WriteProgress =
  | { type: 'conflict'; code: string; message: string }
  | { type: 'accepted'; operation: OperationRef; resumed: boolean }
  | { type: 'status'; operation: OperationRef; status: string };

export interface ArmWriteOptions {
  arm: SourceControlConfigurationClient;
  /** Journal key, unique within the job (a command may write more than once, e.g. install then create). */
  step: string;
  method: OperationRef['method'];
  send: SendWithResponseHook;
  /** The resource's provisioningState, undefined when it does not exist; used while waiting on a 409. */
  readProvisioningState: () => Promise<string | undefined>;
  journal: OperationJournal;
  intervalsMs: readonly number[];
  conflictDeadlineMs: number;
  onProgress: (event: WriteProgress) => Promise<void> | void;
  /** Return once ARM accepted (az --no-wait) instead of following the operation. */
  noWait?: boolean;
}

export interface ArmWriteResult {
  /** Undefined when ARM answered synchronously (e.g. PATCH 200 "no change", DELETE 204 "not found"). */
  operation?: OperationRef;
  statusCode?: number;
  /** `Accepted` when the operation was accepted and, by `noWait`, not followed. */
  finalStatus: string;
  /** False when `noWait` returned before the accepted operation ended. */
  followed: boolean;
}

const BUSY_STATES = new Set(['creating', 'updating', 'deleting', 'accepted', 'running']);

function isOperationInProgress(error: unknown): boolean {
  const info = describeArmError(error);
  if (info.statusCode !== 409) return false;
  return /inprogress|conflictingoperation|operationnotallowed/i.test(info.code) || /in progress/i.test(info.message);
}

async function waitWhileBusy(options: ArmWriteOptions, deadline: number): Promise<void> {
  for (let step = 0; Date.now() < deadline; step++) {
    await sleep(pollDelay(step, options.intervalsMs));
    const state = await options.readProvisioningState();
    if (state === undefined || !BUSY_STATES.has(state.toLowerCase())) return;
  }
}

async function sendOnce(options: ArmWriteOptions) {
  const deadline = Date.now() + options.conflictDeadlineMs;
  for (;;) {
    try {
      return await sendWrite(options.method, options.send);
    } catch (error) {
      if (!isOperationInProgress(error)) throw error;
      const info = describeArmError(error);
      if (Date.now() >= deadline) {
        throw new ArmOperationError(
          info.code,
          `${info.message} Still busy after ${Math.round(options.conflictDeadlineMs / 1000)} s; try again later.`,
          info.details,
          '',
        );
      }
      await options.onProgress({ type: 'conflict', code: info.code, message: info.message });
      await waitWhileBusy(options, deadline);
    }
  }
}

/**
 * One ARM write, exactly once, followed to its end.
 *
 * Rules:
 * 1. If the journal already holds this step's operation (a retried or taken-over job), poll it; never
 *    send the write again.
 * 2. Otherwise send it. When ARM accepts, store the operation in the journal before anything else.
 * 3. 409 "another operation is in progress": say so, wait until the resource is no longer
 *    Creating/Updating/Deleting, then send again (up to `conflictDeadlineMs`).
 * 4. Other errors propagate unchanged (the worker retries 429/5xx and ends the job on other 4xx).
 * 5. Follow the operation to Succeeded at the URL ARM gave (follow-operation.ts); Failed/Canceled throw
 *    ArmOperationError. An answer that is already final (send-write.ts rule 4) is not followed.
 * 6. `noWait` (az's --no-wait): stop once ARM accepted and the journal holds the operation; a resumed
 *    job stops there too, so the write is still sent once and nothing is polled.
 */
export async function armWrite(options: ArmWriteOptions): Promise<ArmWriteResult> {
  let operation = options.journal.recall(options.step);
  const resumed = operation !== undefined;
  if (!operation) {
    const answer = await sendOnce(options);
    if (answer.kind === 'done') return { statusCode: answer.statusCode, finalStatus: 'Succeeded', followed: true };
    operation = answer.operation;
    await options.journal.remember(options.step, operation);
  }
  await options.onProgress({ type: 'accepted', operation, resumed });
  if (options.noWait) return { operation, finalStatus: 'Accepted', followed: false };
  const accepted = operation;
  const result = await followOperation({
    arm: options.arm,
    operation: accepted,
    intervalsMs: options.intervalsMs,
    onStatus: (status) => options.onProgress({ type: 'status', operation: accepted, status }),
  });
  return { operation: accepted, finalStatus: result.status, followed: true };
}
