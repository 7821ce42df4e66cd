import { startRedisCluster } from '../redis-cluster.ts';
import type { ScaleOutRedis } from './redis-env.ts';

/**
 * A local 3-master Redis Cluster of the run's own, given to every process as REDIS_CLUSTER_NODES
 * (the fleet's key prefix carries a `{hash tag}`, which the cluster needs); released by stopping it.
 */
export async function clusterScaleOutRedis(): Promise<ScaleOutRedis> {
  const cluster = await startRedisCluster();
  return { env: { REDIS_CLUSTER_NODES: cluster.nodes }, release: () => cluster.stop() };
}
