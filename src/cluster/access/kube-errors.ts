// Errors from the kube API, said plainly: which HTTP status, what the server said, and whether the
// cluster was reachable at all. Never includes request headers (bearer tokens).

import { ApiException } from '@kubernetes/client-node';
import type { ClusterTarget } from '../../commands/types.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';

/**
 * No credential source reaches the cluster (or none by an exact route, when the command asked for
 * one, see RouteOptions); the chat reply is written from `target` and `exact` in the reader's language.
 */
export class ClusterUnreachableError extends Error {
  override readonly name = 'ClusterUnreachableError';
  constructor(
    readonly target: ClusterTarget,
    readonly exact: boolean,
  ) {
    super(`no ${exact ? 'exact ' : ''}route to the Kubernetes API of ${target.resourceGroup}/${target.clusterName}`);
  }
}

export interface KubeErrorInfo {
  statusCode?: number;
  reason: string;
  message: string;
}

/** `locale` writes our own words when the server gave none (its own message stays as it said it). */
export function describeKubeError(error: unknown, locale: Locale = 'en'): KubeErrorInfo {
  if (error instanceof ApiException) {
    const body = parseBody(error.body);
    return {
      statusCode: error.code,
      reason: typeof body?.reason === 'string' ? body.reason : `HTTP ${error.code}`,
      message:
        typeof body?.message === 'string'
          ? body.message
          : t(locale, 'cluster.kubeError.answered', { code: error.code }),
    };
  }
  const code =
    (error as { code?: string; cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { reason: 'Unreachable', message: t(locale, 'cluster.kubeError.unreachable', { code }) };
  }
  return { reason: 'Error', message: error instanceof Error ? error.message : String(error) };
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof ApiException && error.code === 404;
}

/**
 * A 404 about one named object (`kustomizations.kustomize.toolkit.fluxcd.io "apps" not found`), as
 * opposed to one about the resource type itself ("the server could not find the requested resource").
 */
export function isMissingObjectError(error: unknown, name: string): boolean {
  if (!isNotFoundError(error)) return false;
  const body = parseBody((error as ApiException<unknown>).body);
  const details = body?.details as { name?: unknown } | undefined;
  return details?.name === name || describeKubeError(error).message.endsWith(`"${name}" not found`);
}

function parseBody(body: unknown): Record<string, unknown> | undefined {
  if (typeof body === 'object' && body !== null) return body as Record<string, unknown>;
  if (typeof body !== 'string') return undefined;
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
