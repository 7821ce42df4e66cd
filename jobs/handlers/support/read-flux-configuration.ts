import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { UnrecoverableError } from 'bullmq';
import { clusterArgs } from '../../../src/azure/cluster-args.ts';
import { isNotFound } from '../../../src/azure/is-not-found.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { t } from '../../../src/replies/catalog/index.ts';
import { describeCluster } from '../../../src/replies/submit-replies.ts';
import type { HandlerInput } from '../../handler.ts';
import { readerLocale } from './reader-locale.ts';
import { refuseMissingParent } from './refuse-missing-parent.ts';

/** GET a configuration, or end the job with a plain sentence when it does not exist. */
export async function readFluxConfiguration(
  ctx: Pick<HandlerInput, 'arm' | 'data'>,
  target: ClusterTarget,
  name: string,
): Promise<FluxConfiguration> {
  try {
    return await ctx.arm.fluxConfigurations.get(...clusterArgs(target), name);
  } catch (error) {
    if (isNotFound(error)) {
      await refuseMissingParent(ctx, target);
      throw new UnrecoverableError(
        t(readerLocale(ctx), 'handler.fluxConfig.notFound', {
          name,
          cluster: describeCluster(target, readerLocale(ctx)),
        }),
      );
    }
    throw error;
  }
}
