import { isNotFound } from '../../../src/azure/is-not-found.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import type { HandlerInput } from '../../handler.ts';
import { refuseMissingParent } from './refuse-missing-parent.ts';

/**
 * Collects one of a cluster's child lists (flux configurations, extensions). A 404 means a parent is missing
 * (a list of an existing cluster is never 404), so it is explained by level (refuse-missing-parent.ts)
 * instead of surfacing ARM's raw error.
 */
export async function listOnCluster<T>(
  ctx: Pick<HandlerInput, 'arm' | 'data'>,
  target: ClusterTarget,
  list: () => AsyncIterable<T>,
): Promise<T[]> {
  const items: T[] = [];
  try {
    for await (const item of list()) items.push(item);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await refuseMissingParent(ctx, target);
    throw error;
  }
  return items;
}
