import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * With CONSOLE_USER set (by default outside sandbox) every console request is that one user: the
 * body's `user` field decides nothing, neither roles nor what the audit records.
 */
describe('console identity', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig({ CONSOLE_USER: 'oncall', FLUXOPS_ADMINS: 'console:alice' }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ignores the user the body claims', async () => {
    const claimed = lastReply(await chat(app.url!, 'access whoami', 'alice', 'ops'));
    expect(claimed.text).toContain('Your id is `console:oncall`');
    expect(
      lastReply(await chat(app.url!, 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters', 'alice')).title,
    ).toBe('Not allowed');
  });

  it('is `console` outside sandbox when CONSOLE_USER is unset, and the body decides only in sandbox', () => {
    const azure = loadConfig({
      AZURE_SUBSCRIPTION_ID: '22222222-3333-4444-5555-666666666666',
      CONSOLE_TOKEN: 'a-long-random-string-1234',
      FLUXOPS_SECRET_KEY: 'q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=',
    });
    expect(azure.console.user).toBe('console');
    expect(loadConfig({}).console.user).toBeUndefined();
  });
});
