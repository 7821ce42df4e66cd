import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, lastReply } from '../support/console/console-client.ts';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis.ts';
import { redisCliAuth } from '../support/redis-process.ts';
import { until } from '../support/until.ts';

/**
 * REDIS_URL with an ACL user and password (as Azure Cache for Redis takes its access key): `npm start`
 * works through that user alone — the default user may only PING — and the password is in no log
 * line, neither at start nor when Redis refuses a wrong one.
 */
const PASSWORD = 'acl-S3cret-passw0rd';

describe('REDIS_URL with an ACL user and password', () => {
  let redis: PrivateRedis;
  let started: Started | undefined;
  beforeAll(async () => {
    redis = await startPrivateRedis([
      '--user',
      'default',
      'on',
      'nopass',
      '-@all',
      '+ping',
      '--user',
      'fluxops',
      'on',
      `>${PASSWORD}`,
      '~*',
      '&*',
      '+@all',
      // Switched on by the third test while fluxops is already running.
      '--user',
      'late',
      'off',
      `>${PASSWORD}`,
      '~*',
      '&*',
      '+@all',
    ]);
  });
  afterAll(async () => {
    if (started) await stopMain(started);
    await redis?.stop();
  });

  it('runs commands as that user and never logs the password', async () => {
    started = await startMain({ REDIS_URL: `redis://fluxops:${PASSWORD}@127.0.0.1:${redis.port}`, LOG_LEVEL: 'debug' });
    const reply = lastReply(
      await chat(`http://127.0.0.1:${started.port}`, 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters'),
    );
    expect(reply.status).toBe('succeeded');
    const using = started.lines().find((line) => line.msg === 'using redis');
    expect(using).toMatchObject({
      source: 'REDIS_URL',
      topology: 'standalone',
      url: `redis://***@127.0.0.1:${redis.port}`,
    });
    expect(started.stdout() + started.stderr()).not.toContain(PASSWORD);
    await stopMain(started);
    started = undefined;
  }, 60_000);

  it('says Redis refused a wrong password without printing either one', async () => {
    const wrong = 'wrong-Passw0rd-given';
    started = await startMain({ REDIS_URL: `redis://fluxops:${wrong}@127.0.0.1:${redis.port}` });
    const current = started;
    const refused = await until(
      'the log line of the refused connection',
      () => current.lines().find((line) => line.msg === 'redis connection error' && /WRONGPASS/.test(String(line.err))),
      { timeoutMs: 20_000 },
    );
    expect(refused).toBeDefined();
    expect(current.stdout() + current.stderr()).not.toContain(wrong);
  }, 60_000);

  it('keeps running while Redis refuses it, and schedules the compliance polls once Redis lets it in', async () => {
    started = await startMain({
      REDIS_URL: `redis://late:${PASSWORD}@127.0.0.1:${redis.port}`,
      FLEET_QUERY: 'resourcegraph',
      SHUTDOWN_GRACE: '1s',
    });
    const current = started;
    await until('the polls to be put off', () =>
      current
        .lines()
        .find(
          (line) => line.msg === 'compliance polls not scheduled yet: redis is not answering; they are when it does',
        ),
    );
    expect(current.child.exitCode).toBeNull();
    const admin = (...args: string[]) => redisCliAuth(PASSWORD, redis.port, '--user', 'fluxops', ...args);
    expect(await admin('ACL', 'SETUSER', 'late', 'on')).toBe('OK');
    await until(
      'the fleet poll to be scheduled',
      async () => (await admin('--scan', '--pattern', `${current.prefix}:alert-poll:repeat*`)) !== '',
      { timeoutMs: 20_000 },
    );
    expect(current.stdout() + current.stderr()).not.toContain(PASSWORD);
  }, 60_000);
});
