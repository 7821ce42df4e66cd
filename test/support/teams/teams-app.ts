import type { Fluxops, StartOptions } from '../../../app/start-fluxops.ts';
import { freePort } from '../../../src/platform/free-port.ts';
import { waitForRedisReady } from '../redis-ready.ts';
import { startTestApp, testConfig } from '../test-app.ts';

export { freePort };

export async function startTeamsApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<Fluxops> {
  const config = testConfig({ FLUXOPS_SANDBOX: 'true', PORT: String(await freePort()), ...env });
  const app = await startTestApp(config, options);
  await waitForRedisReady(app.url!);
  return app;
}
