import { randomBytes } from 'node:crypto';
import { type Fluxops, type StartOptions, startFluxops } from '../../app/start-fluxops.ts';
import { createConnection } from '../../jobs/connection.ts';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import { deletePrefixedKeys } from '../../src/platform/delete-prefixed-keys.ts';
import { createLogger } from '../../src/platform/logger.ts';
import type { RedisTarget } from '../../src/platform/redis-target.ts';
import { waitReady } from '../../src/platform/wait-redis-ready.ts';

/**
 * Starts the whole app in-process against the real local Redis with a key prefix of its own, so test
 * files can run in parallel, and deletes every key under that prefix afterwards.
 */
export function testPrefix(): string {
  return `{fluxops-test-${randomBytes(6).toString('hex')}}`;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    FLUXOPS_QUEUE_PREFIX: testPrefix(),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    SANDBOX_RECONCILE_MS: '200',
    SANDBOX_OPERATION_MS: '50',
    SHUTDOWN_GRACE: '5s',
    SANDBOX_AGENT_RELAY: '100ms',
    REDIS_URL: 'redis://127.0.0.1:6379',
    ...env,
  });
}

/** Deletes every key under `prefix` on one server (its URL) or any topology (Cluster: every master). */
export async function deleteKeys(redis: string | RedisTarget, prefix: string): Promise<void> {
  const connection = createConnection(redis, 'producer', createLogger('silent'));
  try {
    if (!(await waitReady(connection, 5_000))) throw new Error(`redis is not answering, keys under ${prefix} remain`);
    await deletePrefixedKeys(connection, prefix);
  } finally {
    connection.disconnect();
  }
}

export async function startTestApp(config: Config = testConfig(), options: StartOptions = {}): Promise<Fluxops> {
  const app = await startFluxops(config, { logger: createLogger('silent'), ...options });
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await deleteKeys(app.redis, config.queuePrefix);
  };
  return app;
}
