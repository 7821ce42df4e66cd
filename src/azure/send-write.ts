import type { FullOperationResponse } from '@azure/core-client';
import { ArmOperationError } from './arm-operation-error.ts';
import { type OperationRef, operationRef } from './operation-ref.ts';
import { isTerminalState } from './provisioning-terminal.ts';

/** What ARM answered a write: accepted as a long-running operation, or done at once. */
export type WriteAnswer =
  | { kind: 'accepted'; operation: OperationRef }
  | { kind: 'done'; statusCode: number; provisioningState?: string };

export type SendWithResponseHook = (options: {
  onResponse: (raw: FullOperationResponse, flat: unknown, error?: unknown) => void;
}) => Promise<unknown>;

class AnsweredByArm extends Error {
  constructor(readonly raw: FullOperationResponse) {
    super('answered by ARM');
  }
}

function provisioningStateOf(raw: FullOperationResponse): string | undefined {
  let body = raw.parsedBody as unknown;
  if (body === undefined && raw.bodyAsText) {
    try {
      body = JSON.parse(raw.bodyAsText);
    } catch {
      body = undefined;
    }
  }
  const state = (body as { properties?: { provisioningState?: unknown } } | undefined)?.properties?.provisioningState;
  return typeof state === 'string' ? state : undefined;
}

/**
 * Reads ARM's first answer to a write by Azure's rules ("Track asynchronous Azure operations").
 *
 * Rules:
 * 1. `Azure-AsyncOperation` present → accepted; poll exactly that URL (host and query as given).
 * 2. Else 202 with `Location` → accepted; poll that URL (202 running, 200/204 done).
 * 3. Else a PUT/PATCH whose body's provisioningState is not terminal → accepted; poll the resource itself.
 * 4. Else done: 200/201 with a terminal provisioningState, 200 with only `Operation-Location` (the published
 *    examples' values of that header cannot be polled, so it is never followed), 204, or 202 with no URL.
 * 5. A terminal Failed/Canceled provisioningState in the answer itself → ArmOperationError.
 */
function readWriteAnswer(raw: FullOperationResponse, method: OperationRef['method']): WriteAnswer {
  const requestUrl = raw.request.url;
  const asyncOperation = raw.headers.get('azure-asyncoperation');
  if (asyncOperation) {
    return { kind: 'accepted', operation: operationRef(asyncOperation, 'async-operation', method, requestUrl) };
  }
  const location = raw.headers.get('location');
  if (raw.status === 202 && location) {
    return { kind: 'accepted', operation: operationRef(location, 'location', method, requestUrl) };
  }
  const state = provisioningStateOf(raw);
  if (method !== 'DELETE' && state !== undefined && !isTerminalState(state)) {
    return { kind: 'accepted', operation: operationRef(requestUrl, 'resource', method, requestUrl) };
  }
  if (state !== undefined && isTerminalState(state) && state.toLowerCase() !== 'succeeded') {
    throw new ArmOperationError(
      'ResourceOperationFailure',
      `Azure answered the ${method} with provisioningState '${state}'.`,
      [],
      '',
    );
  }
  return { kind: 'done', statusCode: raw.status, provisioningState: state };
}

/**
 * Sends one ARM write (PUT, PATCH or DELETE) through the SDK and stops at ARM's answer.
 *
 * Why stop there: the SDK's `begin*` methods poll once before they hand back a poller (and prefer
 * `Operation-Location`, which ARM's own examples fill with an unpollable `{operationId}`), so a failure of
 * that first poll would lose the operation or report a write that succeeded as failed. We stop the SDK at
 * ARM's first 2xx answer, so the caller can store the operation in the job before anything else can go
 * wrong, then poll it with `follow-operation.ts`.
 *
 * Rules:
 * 1. The first 2xx answer is read by `readWriteAnswer` (accepted or done); the SDK never polls.
 * 2. Anything else is the SDK's own error, re-thrown as is (429, 409, 4xx, 5xx).
 */
export async function sendWrite(method: OperationRef['method'], send: SendWithResponseHook): Promise<WriteAnswer> {
  let seen = false;
  const onResponse = (raw: FullOperationResponse, _flat: unknown, error?: unknown) => {
    // Only the first response is the write's own; later ones would be the SDK's polls.
    if (seen || error !== undefined) return;
    seen = true;
    if (raw.status >= 200 && raw.status < 300) throw new AnsweredByArm(raw);
  };
  try {
    await send({ onResponse });
  } catch (error) {
    if (error instanceof AnsweredByArm) return readWriteAnswer(error.raw, method);
    throw error;
  }
  throw new Error(`Azure answered the ${method} without a response fluxops could read.`);
}
