import { ApiException } from '@kubernetes/client-node';
import { UnrecoverableError } from 'bullmq';
import type { FluxCluster } from '../../src/cluster/access/flux-cluster.ts';
import { FluxNotInstalledError } from '../../src/cluster/access/flux-not-installed.ts';
import { ClusterUnreachableError, describeKubeError } from '../../src/cluster/access/kube-errors.ts';
import { FluxObjectNotFoundError } from '../../src/cluster/ops/resolve-flux-object.ts';
import type { ClusterTarget } from '../../src/commands/types.ts';
import type { HandlerInput } from '../handler.ts';

/**
 * Runs a cluster command against the target's kube API and turns kube failures into what the worker
 * understands: our own refusals and 4xx end the job with the server's words; 429/5xx and a dropped
 * connection are thrown with a statusCode/code so the worker retries them.
 */
export async function withCluster<T>(
  ctx: HandlerInput,
  target: ClusterTarget | undefined,
  run: (cluster: FluxCluster) => Promise<T>,
): Promise<T> {
  if (!ctx.cluster)
    throw new UnrecoverableError('Cluster commands are not configured in this fluxops (no kube access).');
  if (!target) throw new UnrecoverableError('No cluster: set one with `use <cluster> -g <group>` or pass -c/-g.');
  try {
    const cluster = await ctx.cluster.connect(target);
    return await run(cluster);
  } catch (error) {
    if (
      error instanceof ClusterUnreachableError ||
      error instanceof FluxObjectNotFoundError ||
      error instanceof FluxNotInstalledError
    ) {
      throw new UnrecoverableError(error.message);
    }
    if (error instanceof UnrecoverableError) throw error;
    const info = describeKubeError(error);
    if (error instanceof ApiException && error.code !== 429 && error.code < 500) {
      throw new UnrecoverableError(`The cluster API of ${target.clusterName} answered ${info.reason}: ${info.message}`);
    }
    const retryable = new Error(`The cluster API of ${target.clusterName}: ${info.message}`) as Error & {
      statusCode?: number;
      code?: string;
    };
    if (info.statusCode) retryable.statusCode = info.statusCode;
    else retryable.code = 'ECONNREFUSED';
    throw retryable;
  }
}
