import { ApiException } from '@kubernetes/client-node';
import { UnrecoverableError } from 'bullmq';
import type { FluxCluster } from '../../src/cluster/access/flux-cluster.ts';
import { FluxNotInstalledError, fluxNotInstalledMessage } from '../../src/cluster/access/flux-not-installed.ts';
import { ClusterUnreachableError, describeKubeError } from '../../src/cluster/access/kube-errors.ts';
import { FluxObjectNotFoundError } from '../../src/cluster/ops/resolve-flux-object.ts';
import type { ClusterTarget } from '../../src/commands/types.ts';
import { t } from '../../src/replies/catalog/index.ts';
import type { Locale } from '../../src/replies/locale/locale.ts';
import type { HandlerInput } from '../handler.ts';
import { readerLocale } from './support/reader-locale.ts';

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
  const locale = readerLocale(ctx);
  if (!ctx.cluster) throw new UnrecoverableError(t(locale, 'handler.cluster.notConfigured'));
  if (!target) {
    // The usage is a command, passed as a value: ICU would read its <placeholders> as markup.
    throw new UnrecoverableError(t(locale, 'handler.cluster.noTarget', { usage: '`use <cluster> -g <group>`' }));
  }
  try {
    const cluster = await ctx.cluster.connect(target);
    return await run(cluster);
  } catch (error) {
    if (error instanceof FluxNotInstalledError) {
      throw new UnrecoverableError(fluxNotInstalledMessage(error.cluster, locale));
    }
    if (error instanceof ClusterUnreachableError) throw new UnrecoverableError(unreachableText(error, locale));
    if (error instanceof FluxObjectNotFoundError) {
      throw new UnrecoverableError(error.message);
    }
    if (error instanceof UnrecoverableError) throw error;
    const info = describeKubeError(error, locale);
    if (error instanceof ApiException && error.code !== 429 && error.code < 500) {
      throw new UnrecoverableError(
        t(locale, 'handler.cluster.answered', {
          cluster: target.clusterName,
          reason: info.reason,
          message: info.message,
        }),
      );
    }
    const retryable = new Error(
      t(locale, 'handler.cluster.unreachable', { cluster: target.clusterName, message: info.message }),
    ) as Error & {
      statusCode?: number;
      code?: string;
    };
    if (info.statusCode) retryable.statusCode = info.statusCode;
    else retryable.code = 'ECONNREFUSED';
    throw retryable;
  }
}

/** Why fluxops cannot reach the cluster's API, and what still works or what an admin can add. */
function unreachableText(error: ClusterUnreachableError, locale: Locale): string {
  const { target } = error;
  const values = { cluster: target.clusterName, group: target.resourceGroup };
  if (error.exact) {
    return t(
      locale,
      target.clusterType === 'managedClusters' ? 'handler.cluster.noExactRouteAks' : 'handler.cluster.noExactRoute',
      values,
    );
  }
  return t(
    locale,
    target.clusterType === 'connectedClusters' ? 'handler.cluster.noRouteArc' : 'handler.cluster.noRoute',
    values,
  );
}
