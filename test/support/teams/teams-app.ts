import type { Fluxops, StartOptions } from '../../../app/start-fluxops.ts';
import { freePort } from '../../../src/platform/free-port.ts';
import { startTestApp, testConfig } from '../test-app.ts';

export { freePort };

/**
 * The producer connection fails fast while it is still connecting (enableOfflineQueue: false), so a
 * message sent the instant the app started would be answered "queue unavailable". Wait for it.
 */
export async function waitForRedisReady(url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { redis?: string };
    if (health.redis === 'ready') return;
    if (Date.now() > deadline) throw new Error(`redis not ready after ${timeoutMs} ms (${health.redis})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function startTeamsApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<Fluxops> {
  const config = testConfig({ FLUXOPS_SANDBOX: 'true', PORT: String(await freePort()), ...env });
  const app = await startTestApp(config, options);
  await waitForRedisReady(app.url!);
  return app;
}
