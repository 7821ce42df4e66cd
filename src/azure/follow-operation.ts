import type { OperationStatusResult, SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ClusterTarget } from '../commands/types.ts';
import { ArmOperationError } from './arm-operation-error.ts';
import { clusterArgs } from './cluster-args.ts';
import { isNotFound } from './is-not-found.ts';
import type { OperationRef } from './operation-ref.ts';
import { pollDelay, sleep } from './poll-delays.ts';

const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);

function getOperationStatus(
  arm: SourceControlConfigurationClient,
  target: ClusterTarget,
  operation: OperationRef,
): Promise<OperationStatusResult> {
  return operation.collection === 'extensions'
    ? arm.operationStatus.get(...clusterArgs(target), operation.resourceName, operation.operationId)
    : arm.fluxConfigOperationStatus.get(...clusterArgs(target), operation.resourceName, operation.operationId);
}

export interface FollowOperationOptions {
  arm: SourceControlConfigurationClient;
  target: ClusterTarget;
  operation: OperationRef;
  intervalsMs: readonly number[];
  /** Called whenever the reported status changes (first poll included). */
  onStatus?: (status: string) => Promise<void> | void;
}

/**
 * Polls an accepted operation until ARM reports a terminal status (ARM convention: Succeeded, Failed,
 * Canceled). The status is free text, so anything else counts as still running.
 *
 * Rules:
 * 1. Succeeded → returns the status result.
 * 2. Failed / Canceled → throws ArmOperationError with the operation's error code, message, details.
 * 3. The status resource is gone (404: expired or a resumed job polling late) → returns status
 *    `Unknown`; the caller reads the resource itself to learn the outcome.
 * 4. Errors of the status GET itself (429, 5xx) propagate: the job retries and resumes here.
 */
export async function followOperation(options: FollowOperationOptions): Promise<OperationStatusResult> {
  let last: string | undefined;
  for (let step = 0; ; step++) {
    let result: OperationStatusResult;
    try {
      result = await getOperationStatus(options.arm, options.target, options.operation);
    } catch (error) {
      if (isNotFound(error)) return { status: 'Unknown' };
      throw error;
    }
    if (result.status !== last) {
      last = result.status;
      await options.onStatus?.(result.status);
    }
    const status = result.status.toLowerCase();
    if (status === 'succeeded') return result;
    if (TERMINAL.has(status)) {
      const error = result.error;
      throw new ArmOperationError(
        error?.code ?? `Operation${result.status}`,
        error?.message ?? `The operation ${options.operation.operationId} ended ${result.status}.`,
        (error?.details ?? []).map((d) => ({ code: d.code ?? '', message: d.message ?? '' })),
        options.operation.operationId,
      );
    }
    await sleep(pollDelay(step, options.intervalsMs));
  }
}
