import { createServer } from 'node:net';
import type { Fluxops, StartOptions } from '../../../../src/main.ts';
import { startTestApp, testConfig } from '../../../support/test-app.ts';

/**
 * The whole app in sandbox mode for Teams tests. Config validation takes ports 1–65535 only, so a
 * free port is picked here instead of PORT=0.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

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
