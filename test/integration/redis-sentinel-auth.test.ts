import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, lastReply } from '../support/console/console-client.ts';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { type RedisSentinelSet, startRedisSentinel } from '../support/redis-sentinel.ts';
import { until } from '../support/until.ts';

/**
 * Sentinel with passwords everywhere (the sentinels' `requirepass` and the data nodes'), as the common
 * Helm charts deploy it: `npm start` finds the master through REDIS_SENTINEL_PASSWORD and logs in to
 * it with REDIS_PASSWORD; without the sentinels' password it says why it cannot, and neither password
 * is ever logged.
 */
const PASSWORD = 'sentinel-S3cret-passw0rd';

describe('REDIS_SENTINELS with REDIS_SENTINEL_PASSWORD', () => {
  let set: RedisSentinelSet;
  let started: Started | undefined;
  beforeAll(async () => {
    set = await startRedisSentinel({ password: PASSWORD });
  }, 60_000);
  afterAll(async () => {
    if (started) await stopMain(started);
    await set?.stop();
  }, 20_000);

  const env = (extra: Record<string, string>) => ({
    REDIS_URL: '',
    REDIS_SENTINELS: set.sentinels,
    REDIS_SENTINEL_NAME: set.name,
    REDIS_PASSWORD: PASSWORD,
    ...extra,
  });

  it('runs commands through password-protected sentinels and never logs the password', async () => {
    started = await startMain(env({ REDIS_SENTINEL_PASSWORD: PASSWORD, LOG_LEVEL: 'debug' }));
    const reply = lastReply(
      await chat(`http://127.0.0.1:${started.port}`, 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters'),
    );
    expect(reply.status).toBe('succeeded');
    expect(started.lines().find((line) => line.msg === 'using redis')).toMatchObject({
      topology: 'sentinel',
      sentinels: set.sentinels,
      name: set.name,
    });
    expect(started.stdout() + started.stderr()).not.toContain(PASSWORD);
    await stopMain(started);
    started = undefined;
  }, 90_000);

  it('says the sentinels refused it when their password is missing', async () => {
    // Without Redis no job can finish, so a stop waits out SHUTDOWN_GRACE: keep it short here.
    started = await startMain(env({ SHUTDOWN_GRACE: '1s' }));
    const current = started;
    const refused = await until(
      'the log line of the refused sentinels',
      () => current.lines().find((line) => line.msg === 'redis connection error'),
      { timeoutMs: 20_000 },
    );
    // ioredis' words: "All sentinels are unreachable. … Last error: NOAUTH …".
    expect(String(refused.err)).toMatch(/sentinels are unreachable.*NOAUTH/);
    expect(current.stdout() + current.stderr()).not.toContain(PASSWORD);
  }, 60_000);
});
