import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { pingRedis, resolveRedis } from '../../src/platform/resolve-redis.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * A private redis-server that the test stops and restarts: commands get "queue unavailable" fast
 * while it is down, the process keeps running, and commands work again once it is back.
 */
describe('redis outage', () => {
  let app: Fluxops | undefined;
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await app?.close().catch(() => {});
    for (const stop of stops) await stop();
  });

  it('fails fast while Redis is down and recovers without a restart', async () => {
    const redis = await resolveRedis({ localPort: 1 }, createLogger('silent'));
    const port = Number(new URL(redis.url).port);
    app = await startTestApp(testConfig({ REDIS_URL: redis.url }));
    const list = 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters';
    expect(lastReply(await chat(app.url!, list)).status).toBe('succeeded');

    await redis.stop();
    const started = Date.now();
    const down = await chat(app.url!, list);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(down).toHaveLength(1);
    expect(down[0]!.reply.title).toBe('Queue unavailable');
    expect(down[0]!.reply.text).toContain('was not queued and nothing changed');

    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    stops.push(async () => {
      child.kill('SIGTERM');
    });
    for (let i = 0; i < 50 && !(await pingRedis('127.0.0.1', port)); i++) await new Promise((r) => setTimeout(r, 100));

    let status = '';
    for (let i = 0; i < 30 && status !== 'succeeded'; i++) {
      status = lastReply(await chat(app.url!, list)).status;
      if (status !== 'succeeded') await new Promise((r) => setTimeout(r, 300));
    }
    expect(status).toBe('succeeded');
  }, 60_000);
});
