import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { metrics } from '../platform/metrics.ts';

/** Operations followed at once at most; past this the oldest is forgotten (its duration not observed). */
const MAX_TRACKED_OPERATIONS = 1_000;
const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);

/**
 * Counts every ARM request by method and status (`fluxops_arm_requests_total`: 429s show
 * throttling) and times long-running operations (`fluxops_arm_operation_duration_seconds`),
 * without touching the code that sends them.
 *
 * Rules:
 * 1. A write answered with an `Azure-AsyncOperation` (else `Location`) URL starts an operation.
 * 2. A poll of that URL whose body reports a terminal status ends it; the time between is observed.
 * 3. A request that gets no answer counts as status 0; one a lower policy turned into an error keeps
 *    the error's status code.
 */
export function armMetricsPolicy(): PipelinePolicy {
  const started = new Map<string, number>();
  return {
    name: 'fluxopsArmMetrics',
    async sendRequest(request, next) {
      let status = 0;
      try {
        const response = await next(request);
        status = response.status;
        const operation = response.headers.get('azure-asyncoperation') ?? response.headers.get('location');
        if (request.method !== 'GET' && operation && status < 300) track(started, operation);
        if (request.method === 'GET' && started.has(request.url)) {
          const state = operationStatus(response.bodyAsText ?? undefined);
          if (state && TERMINAL.has(state.toLowerCase())) {
            metrics.armOperationDuration.observe(
              { status: state },
              (Date.now() - (started.get(request.url) ?? 0)) / 1000,
            );
            started.delete(request.url);
          }
        }
        return response;
      } catch (error) {
        // Policies below may turn an answer into an error (a 429 once retries are spent): keep its status.
        status = (error as { statusCode?: number }).statusCode ?? 0;
        throw error;
      } finally {
        metrics.armRequests.inc({ method: request.method, status: String(status) });
      }
    },
  };
}

function track(started: Map<string, number>, url: string): void {
  if (started.size >= MAX_TRACKED_OPERATIONS) started.delete(started.keys().next().value as string);
  started.set(url, Date.now());
}

function operationStatus(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { status?: unknown };
    return typeof parsed.status === 'string' ? parsed.status : undefined;
  } catch {
    return undefined;
  }
}
