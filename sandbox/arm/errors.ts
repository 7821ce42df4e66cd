// ARM's error contract: every failure is `{ error: { code, message, target?, details? } }` with an HTTP status.
// Handlers throw ArmError; the server turns it into that body, so no handler writes error JSON itself.
import type { ErrorDetail, SandboxCluster } from './model.ts';

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: {
      target?: string;
      details?: ErrorDetail[];
      retryAfterSeconds?: number;
      /** Sent with an empty body, as the service answers a missing child (see childNotFound). */
      bodyless?: boolean;
    } = {},
  ) {
    super(message);
    this.name = 'ArmError';
  }

  toBody(): { error: ErrorDetail } {
    const error: ErrorDetail = { code: this.code, message: this.message };
    if (this.extra.target !== undefined) error.target = this.extra.target;
    error.details = this.extra.details ?? [];
    return { error };
  }
}

/** 404 for a cluster, phrased like ARM's own resource-not-found message. */
export function clusterNotFound(clusterRp: string, clusterType: string, name: string, resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${clusterRp}/${clusterType}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

/**
 * 404 for a missing extension or flux configuration on an existing cluster. Unlike ARM's own 404s (a missing
 * resource group or cluster, with a ResourceNotFound body), the resource provider answers this one with no
 * parseable body; az only matches "Operation returned an invalid status code 'Not Found'". The code and
 * message here are for the request log only.
 */
export function childNotFound(cluster: SandboxCluster, collection: string, name: string): ArmError {
  return new ArmError(
    404,
    'NotFound',
    `The ${collection} '${name}' on '${cluster.clusterRp}/${cluster.clusterType}/${cluster.name}' was not found.`,
    { bodyless: true },
  );
}

export function anotherOperationInProgress(resourceName: string, operationId: string): ArmError {
  return new ArmError(
    409,
    'AnotherOperationInProgress',
    `Another operation ('${operationId}') is in progress on resource '${resourceName}'. Retry after it completes.`,
  );
}

export interface ValidationProblem {
  target: string;
  message: string;
  /** Detail code; default InvalidParameter. */
  code?: string;
}

/**
 * 400 with one detail per problem, so a caller sees every mistake at once rather than one per round trip.
 * The top-level code is the first problem's own code when it has one (e.g. a version gate), so callers can
 * branch on it; otherwise InvalidRequestContent.
 */
export function invalidRequest(problems: readonly ValidationProblem[]): ArmError {
  const [first] = problems;
  const code = first?.code ?? 'InvalidRequestContent';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new ArmError(400, code, `${first?.message ?? 'The request content is invalid.'}${more}`, {
    target: first?.target,
    details: problems.map((problem) => ({
      code: problem.code ?? 'InvalidParameter',
      target: problem.target,
      message: problem.message,
    })),
  });
}
