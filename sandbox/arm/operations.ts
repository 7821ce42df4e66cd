// Long-running operations: each accepted PUT/PATCH/DELETE gets an operation status resource at
// `{resourceId}/operations/{operationId}` that reads Running until the work finishes after a delay.
// At most one operation runs per resource; callers ask `running()` to answer 409 while it does.
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

  constructor(
    private readonly scheduler: Scheduler,
    private readonly faults: FaultInjector,
  ) {}

  running(resourceId: string): OperationStatusResource | undefined {
    return this.runningByResource.get(resourceId.toLowerCase());
  }

  get(resourceId: string, operationId: string): OperationStatusResource | undefined {
    return this.operations.get(`${resourceId}/operations/${operationId}`.toLowerCase());
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
    // The fault is drawn now, not at completion, so "fail the next operation" means the next one started.
    const failure = this.faults.takeOperationFailure(request.collection);

    this.scheduler.after(request.delayMs, () => {
      this.runningByResource.delete(request.resourceId.toLowerCase());
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

/** Headers ARM sends with an accepted asynchronous PUT/PATCH/DELETE. */
export function asyncOperationHeaders(baseUrl: string, operation: OperationStatusResource, isDelete: boolean) {
  // Both headers carry the same absolute URL. The SDK's poller prefers Operation-Location, and the upstream
  // examples' Operation-Location values are malformed, so the stand-in never sends a path that cannot be polled.
  const url = `${baseUrl}${operation.id}?api-version=2023-05-01`;
  return {
    'Azure-AsyncOperation': url,
    'Operation-Location': url,
    'x-ms-async-operation-timeout': isDelete ? 'PT1H' : 'PT48H',
  };
}
