import { UnrecoverableError } from 'bullmq';
import { locateNotFound } from '../../../src/azure/locate-not-found.ts';
import { missingParentText } from '../../../src/azure/missing-parent-text.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import type { HandlerInput } from '../../handler.ts';
import { readerLocale } from './reader-locale.ts';

/**
 * Call after a 404 on a cluster's child: ends the job with the right sentence when the resource group or the
 * cluster is what is missing (a typo in -g, -c or -t), and returns when the child itself is missing, so the
 * caller says that in its own words.
 */
export async function refuseMissingParent(
  ctx: Pick<HandlerInput, 'arm' | 'data'>,
  target: ClusterTarget,
): Promise<void> {
  const missing = await locateNotFound(ctx.arm, target);
  if (missing.level === 'child') return;
  throw new UnrecoverableError(missingParentText(target, missing, readerLocale(ctx)));
}
