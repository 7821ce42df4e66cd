import type { TokenCredential } from '@azure/core-auth';
import type { Worker } from 'bullmq';
import { armEndpointFor } from '../src/azure/arm-client.ts';
import { armTokenReadiness } from '../src/azure/arm-token-readiness.ts';
import type { Config } from '../src/platform/config.ts';
import type { ReadinessCheck } from '../src/platform/readiness.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';

/**
 * What /readyz checks in this process. Rules: 1. `redis`: always (queues and state live there);
 * 2. `workers`: when this process runs workers (role all or worker): all started and none stopped;
 * 3. `arm`: outside sandbox mode, a token for the ARM endpoint can be obtained (cached briefly).
 */
export function readinessChecks(options: {
  config: Config;
  redis: RedisClient;
  /** Read at each probe: the array fills once the workers start. */
  workers: Worker[];
  credential?: TokenCredential;
}): Record<string, ReadinessCheck> {
  const { config, redis, workers, credential } = options;
  const checks: Record<string, ReadinessCheck> = {
    redis: async () => {
      try {
        await redis.ping();
        return undefined;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return `Redis does not answer PING (connection ${redis.status}: ${reason.split('\n')[0]})`;
      }
    },
  };
  if (config.role !== 'web') {
    checks.workers = async () => {
      if (workers.length === 0) return 'workers not started yet';
      const stopped = workers.filter((worker) => !worker.isRunning()).map((worker) => worker.name);
      return stopped.length === 0 ? undefined : `workers not running: ${stopped.join(', ')}`;
    };
  }
  if (!config.sandbox && credential) {
    const scope = `${armEndpointFor(config.azure.cloud, config.azure.armEndpoint)}/.default`;
    checks.arm = armTokenReadiness(credential, scope);
  }
  return checks;
}
