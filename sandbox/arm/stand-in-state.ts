// What every resource handler gets: the state, the operation tracker and the sandbox's timing, plus
// the parsed request. Handlers return a HandlerResponse or throw ArmError; they never touch sockets.
import { anotherOperationInProgress } from './errors.ts';
import type { JsonObject, SandboxCluster, SystemData } from './model.ts';
import type { OperationTracker } from './operations.ts';
import type { ArmAddress } from './routes.ts';
import type { Scheduler } from './scheduler.ts';
import type { ResourceStore } from './store.ts';

interface SandboxTiming {
  /** How long a PUT/PATCH/DELETE stays Running. */
  operationDelayMs: number;
  /** How long a provisioned configuration stays Pending before it is Compliant. */
  reconcileMs: number;
  /** How long the agent's status report takes to reach ARM (0: at once). */
  agentRelayMs: number;
  /** Items per list page before a nextLink is given. */
  listPageSize: number;
}

export interface StandInState {
  store: ResourceStore;
  operations: OperationTracker;
  scheduler: Scheduler;
  timing: SandboxTiming;
}

export interface HandlerRequest {
  method: string;
  address: ArmAddress;
  cluster: SandboxCluster;
  body: unknown;
  searchParams: URLSearchParams;
  /** `https://host:port` as the caller reached us; used for absolute URLs in headers and nextLink. */
  baseUrl: string;
}

export interface HandlerResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The identity ARM records in systemData; the sandbox has one static caller. */
const SANDBOX_CALLER = 'fluxops-sandbox@example.com';

export function newSystemData(now = new Date().toISOString()): SystemData {
  return {
    createdBy: SANDBOX_CALLER,
    createdByType: 'User',
    createdAt: now,
    lastModifiedBy: SANDBOX_CALLER,
    lastModifiedByType: 'User',
    lastModifiedAt: now,
  };
}

export function touchSystemData(systemData: SystemData): void {
  systemData.lastModifiedAt = new Date().toISOString();
  systemData.lastModifiedBy = SANDBOX_CALLER;
}

/** ARM list pages: `{ value, nextLink }`, continued with `$skipToken` (an offset here). */
export function listPage<T>(items: readonly T[], request: HandlerRequest, pageSize: number): JsonObject {
  const offset = Math.max(0, Number.parseInt(request.searchParams.get('$skipToken') ?? '0', 10) || 0);
  const value = items.slice(offset, offset + pageSize);
  if (offset + pageSize >= items.length) return { value, nextLink: null };
  const { subscriptionId, resourceGroup, clusterRp, clusterType, clusterName, collection } = request.address;
  const path = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${clusterRp}/${clusterType}/${clusterName}/providers/Microsoft.KubernetesConfiguration/${collection}`;
  return { value, nextLink: `${request.baseUrl}${path}?api-version=2023-05-01&$skipToken=${offset + pageSize}` };
}

/** ARM answers 409 to a write on a resource while an earlier write's operation is still running. */
export function ensureNoRunningOperation(context: StandInState, resourceId: string, name: string): void {
  const running = context.operations.running(resourceId);
  if (running) throw anotherOperationInProgress(name, running.name);
}
