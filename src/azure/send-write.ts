import type { FullOperationResponse } from '@azure/core-client';
import { type OperationRef, parseOperationUrl } from './operation-ref.ts';

/** What ARM answered a write: accepted as a long-running operation, or done at once. */
export type WriteAnswer = { kind: 'accepted'; operation: OperationRef } | { kind: 'done'; statusCode: number };

export type SendWithResponseHook = (options: {
  onResponse: (raw: FullOperationResponse, flat: unknown, error?: unknown) => void;
}) => Promise<unknown>;

class AcceptedByArm extends Error {
  constructor(readonly operation: OperationRef) {
    super('accepted by ARM');
  }
}

/**
 * Sends one ARM write (PUT, PATCH or DELETE) through the SDK and stops at ARM's answer.
 *
 * Why stop there: the SDK's `begin*` methods poll once before they hand back a poller, so a failure
 * of that first poll (a 5xx, a killed worker) would lose the operation and a retry would send the
 * write again. We stop the SDK the moment ARM accepts (2xx with `Azure-AsyncOperation`), so the
 * caller can store the operation in the job before anything else can go wrong, then poll it with
 * `follow-operation.ts`.
 *
 * Rules:
 * 1. 2xx with an `Azure-AsyncOperation` header → `accepted` (the header, never `Operation-Location`,
 *    whose published example values cannot be polled).
 * 2. 2xx without one (PATCH 200 "nothing changed", DELETE 204 "not found", synchronous PUT) → `done`.
 * 3. Anything else is the SDK's own error, re-thrown as is (429, 409, 4xx, 5xx).
 */
export async function sendWrite(method: OperationRef['method'], send: SendWithResponseHook): Promise<WriteAnswer> {
  let statusCode = 0;
  let seen = false;
  const onResponse = (raw: FullOperationResponse, _flat: unknown, error?: unknown) => {
    // Only the first response is the write's own; later ones would be the SDK's polls.
    if (seen || error !== undefined) return;
    seen = true;
    statusCode = raw.status;
    const url = raw.headers.get('azure-asyncoperation');
    if (raw.status >= 200 && raw.status < 300 && url) {
      const operation = parseOperationUrl(url, method);
      if (operation) throw new AcceptedByArm(operation);
    }
  };
  try {
    await send({ onResponse });
  } catch (error) {
    if (error instanceof AcceptedByArm) return { kind: 'accepted', operation: error.operation };
    throw error;
  }
  return { kind: 'done', statusCode };
}
