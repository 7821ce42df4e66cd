import type { ServiceClient } from '@azure/core-client';
import { createPipelineRequest, type PipelineResponse, RestError } from '@azure/core-rest-pipeline';
import { ArmOperationError } from './arm-operation-error.ts';
import type { OperationRef } from './operation-ref.ts';
import { pollDelay, sleep } from './poll-delays.ts';
import { isTerminalState } from './provisioning-terminal.ts';
import { retryAfterMs } from './retry-after.ts';

/** The ARM client as far as polling needs it: its pipeline (token, TLS). */
type PollingClient = Pick<ServiceClient, 'sendRequest'>;

export interface FollowOperationOptions {
  arm: PollingClient;
  operation: OperationRef;
  intervalsMs: readonly number[];
  /** Called whenever the reported status changes (first poll included). */
  onStatus?: (status: string) => Promise<void> | void;
}

interface PolledBody {
  status?: string;
  error?: { code?: string; message?: string; details?: { code?: string; message?: string }[] };
  properties?: { provisioningState?: string; errorMessage?: string; errorInfo?: { code?: string; message?: string } };
}

function parse(response: PipelineResponse): PolledBody {
  try {
    return response.bodyAsText ? (JSON.parse(response.bodyAsText) as PolledBody) : {};
  } catch {
    return {};
  }
}

/** The status one poll reports, read the way the URL's kind asks. */
function statusOf(operation: OperationRef, response: PipelineResponse, body: PolledBody): string {
  switch (operation.poll ?? 'async-operation') {
    case 'location':
      return response.status === 202 ? 'Running' : 'Succeeded';
    case 'resource':
      return body.properties?.provisioningState ?? 'Unknown';
    default:
      return body.status ?? 'Unknown';
  }
}

function failure(operation: OperationRef, status: string, body: PolledBody): ArmOperationError {
  const error = body.error ?? body.properties?.errorInfo;
  const message = error?.message ?? body.properties?.errorMessage;
  return new ArmOperationError(
    error?.code ?? `Operation${status}`,
    message || `The operation ${operation.operationId} ended ${status}.`,
    (body.error?.details ?? []).map((d) => ({ code: d.code ?? '', message: d.message ?? '' })),
    operation.operationId,
  );
}

/**
 * Polls an accepted operation until ARM reports a terminal status ("Track asynchronous Azure operations").
 *
 * Rules:
 * 1. GET exactly the URL ARM returned, host and query included (a signed query must survive), through the
 *    client's own pipeline (operation-ref.ts only accepts https URLs on the host the write went to).
 * 2. Succeeded → returns the status. Running, Accepted, Updating… (anything not terminal) → poll again.
 * 3. Failed / Canceled → throws ArmOperationError with the operation's error code, message, details.
 * 4. The next poll waits what the answer's `Retry-After` asks (a 0 waits the first interval); without one,
 *    the caller's intervals apply.
 * 5. The URL answers 404 (the status expired, a resumed job polling late) → returns status `Unknown`; the
 *    caller reads the resource itself to learn the outcome.
 * 6. Other errors of the poll itself (429, 5xx) propagate as RestError: the job retries and resumes here.
 */
export async function followOperation(options: FollowOperationOptions): Promise<{ status: string }> {
  const { arm, operation } = options;
  let last: string | undefined;
  for (let step = 0; ; step++) {
    const response = await arm.sendRequest(createPipelineRequest({ url: operation.url, method: 'GET' }));
    if (response.status === 404) return { status: 'Unknown' };
    const body = parse(response);
    if (response.status < 200 || response.status >= 300) {
      throw new RestError(body.error?.message ?? `Polling the operation answered HTTP ${response.status}.`, {
        code: body.error?.code,
        statusCode: response.status,
        request: response.request,
        response,
      });
    }
    const status = statusOf(operation, response, body);
    if (status !== last) {
      last = status;
      await options.onStatus?.(status);
    }
    if (status.toLowerCase() === 'succeeded') return { status };
    if (isTerminalState(status)) throw failure(operation, status, body);
    const asked = retryAfterMs(response.headers.get('retry-after'));
    await sleep(
      asked === undefined ? pollDelay(step, options.intervalsMs) : Math.max(asked, options.intervalsMs[0] ?? 0),
    );
  }
}
