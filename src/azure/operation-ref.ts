import { ArmOperationError } from './arm-operation-error.ts';

/**
 * An accepted ARM long-running operation, reduced to what is needed to poll it again from another
 * process: the URL ARM handed out, exactly as given (host and query kept: its query may be signed),
 * and how to read what it answers. It is JSON-safe because it is stored in the job
 * (see jobs/handlers/support/operation-journal.ts).
 */
export interface OperationRef {
  url: string;
  /**
   * How to read `url` ("Track asynchronous Azure operations"):
   * `async-operation` — an `Azure-AsyncOperation` status resource (`status` Running → Succeeded/Failed/Canceled);
   * `location` — a `Location` URL (202 while running, 200/204 once done);
   * `resource` — the resource itself, whose `properties.provisioningState` turns terminal.
   * Absent in operations journaled before it existed; those were `async-operation`.
   */
  poll?: 'async-operation' | 'location' | 'resource';
  /** What the user reads as the operation's id: the URL's last path segment. */
  operationId: string;
  method: 'PUT' | 'PATCH' | 'DELETE';
  acceptedAt: string;
}

/**
 * Builds the reference for a URL ARM answered with.
 *
 * Rules:
 * 1. A relative URL is resolved against the request's own URL (ARM sends absolute ones; a proxy may not).
 * 2. The id is the last path segment, decoded; the query is kept in `url`, never rebuilt.
 * 3. The URL must be https on the host the write was sent to: polling sends the Azure token, which goes
 *    nowhere else. Anything else → ArmOperationError `UntrustedOperationUrl`.
 */
export function operationRef(
  url: string,
  poll: NonNullable<OperationRef['poll']>,
  method: OperationRef['method'],
  requestUrl: string,
): OperationRef {
  const absolute = new URL(url, requestUrl);
  const origin = new URL(requestUrl);
  if (absolute.protocol !== 'https:' || absolute.host.toLowerCase() !== origin.host.toLowerCase()) {
    throw new ArmOperationError(
      'UntrustedOperationUrl',
      `Azure answered with the operation URL ${absolute.origin}${absolute.pathname}, which is not on ${origin.origin}, where the request went; fluxops sends its Azure token only there, over https. Check AZURE_ARM_ENDPOINT and any proxy in between.`,
      [],
      '',
    );
  }
  const lastSegment = absolute.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return {
    url: absolute.toString(),
    poll,
    operationId: safeDecode(lastSegment),
    method,
    acceptedAt: new Date().toISOString(),
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
