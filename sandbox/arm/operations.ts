// Long-running operations: each accepted PUT/PATCH/DELETE gets an operation status resource at
// `{resourceId}/operations/{operationId}` that reads Running until the work finishes after a delay.
// At most one operation runs per resource; callers ask `running()` to answer 409 while it does.
// Like ARM's, the URLs handed out are absolute and carry a signed query: a client that rebuilds the URL
// from the operation's name and id, or drops the query, gets 404.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FaultInjector } from './faults.ts';
import type { ErrorDetail, OperationStatusResource, ResourceCollection } from './model.ts';
import type { Scheduler } from './scheduler.ts';

export interface OperationRequest {
  resourceId: string;
  collection: ResourceCollection;
  delayMs: number;
  onSucceeded: () => void;
  onFailed: (error: ErrorDetail) => void;
}

export class OperationTracker {
  private readonly operations = new Map<string, OperationStatusResource>();
  private readonly runningByResource = new Map<string, OperationStatusResource>();
  private readonly endsAt = new Map<string, number>();
  private readonly secret = randomBytes(32);

  constructor(
    private readonly scheduler: Scheduler,
    readonly faults: FaultInjector,
  ) {}

  running(resourceId: string): OperationStatusResource | undefined {
    return this.runningByResource.get(resourceId.toLowerCase());
  }

  get(resourceId: string, operationId: string): OperationStatusResource | undefined {
    return this.operations.get(`${resourceId}/operations/${operationId}`.toLowerCase());
  }

  /** The signature of an operation's URL; only the URLs this tracker handed out carry it. */
  sign(operation: OperationStatusResource, issuedAt: string): string {
    return createHmac('sha256', this.secret).update(`${operation.id.toLowerCase()}|${issuedAt}`).digest('base64url');
  }

  /** True when the query carries the signature `asyncOperationHeaders` put there. */
  verify(operation: OperationStatusResource, query: URLSearchParams): boolean {
    const issuedAt = query.get('t') ?? '';
    const given = Buffer.from(query.get('sig') ?? '');
    const expected = Buffer.from(this.sign(operation, issuedAt));
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Whole seconds until a running operation is expected to end (ARM's Retry-After); undefined once it ended. */
  secondsLeft(operation: OperationStatusResource): number | undefined {
    const end = this.endsAt.get(operation.id.toLowerCase());
    if (end === undefined || operation.status !== 'Running') return undefined;
    return Math.max(0, Math.round((end - Date.now()) / 1000));
  }

  start(request: OperationRequest): OperationStatusResource {
    const operationId = crypto.randomUUID();
    const operation: OperationStatusResource = {
      id: `${request.resourceId}/operations/${operationId}`,
      name: operationId,
      status: 'Running',
      startTime: new Date().toISOString(),
      properties: {},
    };
    this.operations.set(operation.id.toLowerCase(), operation);
    this.runningByResource.set(request.resourceId.toLowerCase(), operation);
    this.endsAt.set(operation.id.toLowerCase(), Date.now() + request.delayMs);
    // The fault is drawn now, not at completion, so "fail the next operation" means the next one started.
    const failure = this.faults.takeOperationFailure(request.collection);

    this.scheduler.after(request.delayMs, () => {
      this.runningByResource.delete(request.resourceId.toLowerCase());
      this.endsAt.delete(operation.id.toLowerCase());
      operation.endTime = new Date().toISOString();
      if (failure) {
        operation.status = 'Failed';
        // The shape the extensions troubleshooting guide shows for a failed install.
        operation.error = {
          code: 'ResourceOperationFailure',
          message: "The resource operation completed with terminal provisioning state 'Failed'.",
          details: [{ code: failure.code, message: failure.message }],
        };
        request.onFailed({ code: failure.code, message: failure.message });
      } else {
        operation.status = 'Succeeded';
        request.onSucceeded();
      }
    });
    return operation;
  }
}

/**
 * Headers ARM sends with an accepted asynchronous PUT (201), PATCH (202) or DELETE (202): the same absolute,
 * signed URL in `Azure-AsyncOperation` and `Operation-Location` (the SDK's poller prefers the latter) — or,
 * when a fault asks for it, only a `Location` (`style=location`: 202 while running, 200 once done).
 */
export function asyncOperationHeaders(
  tracker: OperationTracker,
  baseUrl: string,
  operation: OperationStatusResource,
  isDelete: boolean,
): Record<string, string> {
  const issuedAt = String(Date.now());
  if (tracker.faults.takeLocationOnly()) {
    const query = new URLSearchParams({
      'api-version': '2023-05-01',
      t: issuedAt,
      sig: tracker.sign(operation, issuedAt),
    });
    return { Location: `${baseUrl}${operation.id}?${query}&style=location` };
  }
  const query = new URLSearchParams({
    'api-version': '2023-05-01',
    t: issuedAt,
    sig: tracker.sign(operation, issuedAt),
  });
  const url = `${baseUrl}${operation.id}?${query}`;
  return {
    'Azure-AsyncOperation': url,
    'Operation-Location': url,
    'x-ms-async-operation-timeout': isDelete ? 'PT1H' : 'PT48H',
  };
}

/**
 * What ARM sends with a PUT on an existing resource, as the published CreateExtension and
 * CreateFluxConfiguration examples show for their 200: only an `Operation-Location` whose
 * `…/operations/{operationId}` is a literal placeholder, which nobody can poll.
 */
export function existingResourcePutHeaders(resourceId: string) {
  return {
    'Operation-Location': `${resourceId}/operations/{operationId}`,
    'x-ms-async-operation-timeout': 'PT48H',
  };
}
