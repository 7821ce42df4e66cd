import { startPrivateRedis } from '../private-redis.ts';
import { deleteKeys } from '../test-app.ts';

/** The Redis a scale-out run uses, as the environment its processes get. */
export interface ScaleOutRedis {
  env: Record<string, string>;
  /** Deletes the run's keys (given Redis) or stops the private server. */
  release(prefix: string): Promise<void>;
  /** Moves the master to its replica once (a Sentinel set only): the ports it moved from and to. */
  failover?(): Promise<{ from: number; to: number }>;
}

/** Set any of these and the suite runs against that Redis (every REDIS_* variable is passed on unchanged). */
const CHOOSERS = ['REDIS_URL', 'REDIS_CLUSTER_NODES', 'REDIS_SENTINELS'];

/**
 * The suite's Redis: the one the environment names (so the same suite reruns on a cluster or behind
 * sentinels by setting their variables), else a private redis-server of its own.
 */
export async function scaleOutRedis(env: NodeJS.ProcessEnv = process.env): Promise<ScaleOutRedis> {
  if (CHOOSERS.some((name) => env[name])) {
    const given = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[0].startsWith('REDIS_') && e[1] !== undefined),
    );
    return {
      env: given,
      release: async (prefix) => {
        if (given.REDIS_URL) await deleteKeys(given.REDIS_URL, prefix);
      },
    };
  }
  const redis = await startPrivateRedis();
  return { env: { REDIS_URL: redis.url }, release: () => redis.stop() };
}
