import type { Fluxops, StartOptions } from '../../../app/start-fluxops.ts';
import { freePort } from '../../../src/platform/free-port.ts';
import { startTestApp, testConfig } from '../test-app.ts';
import { until } from '../until.ts';

export { freePort };

/**
 * The producer connection fails fast while it is still connecting (enableOfflineQueue: false), so a
 * message sent the instant the app started would be answered "queue unavailable". Wait for it.
 */
export async function waitForRedisReady(url: string, timeoutMs = 15_000): Promise<void> {
  let redis: string | undefined;
  await until(
    () => `/healthz to report redis ready (last: ${redis})`,
    async () => {
      ({ redis } = (await (await fetch(`${url}/healthz`)).json()) as { redis?: string });
      return redis === 'ready';
    },
    { timeoutMs },
  );
}

export async function startTeamsApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<Fluxops> {
  const config = testConfig({ FLUXOPS_SANDBOX: 'true', PORT: String(await freePort()), ...env });
  const app = await startTestApp(config, options);
  await waitForRedisReady(app.url!);
  return app;
}
