import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { pingRedis, resolveRedis } from '../../src/platform/resolve-redis.ts';
import { queueUnavailableReply } from '../../src/replies/submit-replies.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

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
    const unavailable = queueUnavailableReply(list);
    expect(down[0]!.reply).toMatchObject({ status: unavailable.status, title: unavailable.title });

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
    await until('the restarted Redis to answer PING', () => pingRedis('127.0.0.1', port), { intervalMs: 100 });

    let status = '';
    const url = app.url!;
    await until(
      () => `the list to succeed again (last status: ${status})`,
      async () => {
        status = lastReply(await chat(url, list)).status;
        return status === 'succeeded';
      },
      { timeoutMs: 15_000, intervalMs: 300 },
    );
    expect(status).toBe('succeeded');
  }, 60_000);
});
