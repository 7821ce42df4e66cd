import { spawn } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { pingRedis, resolveRedis } from '../../src/platform/resolve-redis.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

type Health = { status: string; notReady: string[]; checks: Record<string, string>; redis: string; role: string };

async function probe(url: string): Promise<{ status: number; body: Health }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Health };
}

describe('health endpoints', () => {
  let app: Fluxops | undefined;
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await app?.close().catch(() => {});
    app = undefined;
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  it('/readyz and /healthz answer 503 naming redis while Redis is down, /livez stays 200', async () => {
    // A private redis-server this test stops and starts again.
    const redis = await resolveRedis({ localPort: 1 }, createLogger('silent'));
    const port = Number(new URL(redis.url).port);
    app = await startTestApp(testConfig({ REDIS_URL: redis.url }));
    const ready = await probe(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', notReady: [], checks: { redis: 'ok', workers: 'ok' } });
    expect(ready.body.checks.arm).toBeUndefined(); // sandbox mode asks no token endpoint

    await redis.stop();
    for (const path of ['/readyz', '/healthz']) {
      const down = await probe(`${app.url}${path}`);
      expect(down.status).toBe(503);
      expect(down.body.status).toBe('not ready');
      expect(down.body.notReady).toContain('redis');
      expect(down.body.checks.redis).toContain('Redis does not answer PING');
      // The old /healthz fields are still there.
      expect(down.body).toMatchObject({ mode: 'sandbox', role: 'all' });
      expect(down.body.redis).not.toBe('ready');
    }
    expect((await fetch(`${app.url}/livez`)).status).toBe(200);

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
    const url = app.url!;
    await until('/readyz to answer 200 again', async () => (await fetch(`${url}/readyz`)).status === 200, {
      timeoutMs: 15_000,
      intervalMs: 200,
    });
  }, 60_000);

  it('a worker-only process serves /livez, /readyz and /healthz on HEALTH_PORT, and nothing else', async () => {
    app = await startTestApp(
      testConfig({
        FLUXOPS_ROLE: 'worker',
        FLUXOPS_SECRET_KEY: 'q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=',
        HEALTH_PORT: '0',
      }),
    );
    expect(app.url).toBeUndefined();
    expect((await fetch(`${app.healthUrl}/livez`)).status).toBe(200);
    const ready = await probe(`${app.healthUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', role: 'worker', checks: { redis: 'ok', workers: 'ok' } });
    expect((await probe(`${app.healthUrl}/healthz`)).status).toBe(200);
    // No ingress on a worker: chat and webhooks are the web role's.
    expect((await fetch(`${app.healthUrl}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${app.healthUrl}/console/messages`, { method: 'POST', body: '{}' })).status).toBe(404);

    // A worker that stops makes the process not ready, by name.
    const stopped = app.workers[0]!;
    await stopped.close();
    const notReady = await probe(`${app.healthUrl}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.body.notReady).toEqual(['workers']);
    expect(notReady.body.checks.workers).toContain(stopped.name);
  }, 60_000);
});
