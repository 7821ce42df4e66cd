import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/platform/free-port.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { type RedisProcess, spawnRedisServer } from '../support/redis-process.ts';
import { makeTlsFiles, type TlsFiles } from '../support/tls-files.ts';
import { until } from '../support/until.ts';

/**
 * REDIS_URL=rediss:// as Azure Cache for Redis is reached (TLS only, an access key as the password),
 * against a redis-server that speaks nothing but TLS with a certificate of a private CA: `npm start`
 * works once Node trusts that CA (NODE_EXTRA_CA_CERTS), and without it the certificate is refused —
 * TLS is verified, not merely on.
 */
const ACCESS_KEY = 'tls-Acc3ss-key-of-the-cache';

describe('REDIS_URL with rediss:// (TLS)', () => {
  let tls: TlsFiles;
  let redis: RedisProcess;
  let started: Started | undefined;
  beforeAll(async () => {
    tls = await makeTlsFiles();
    const port = await freePort();
    redis = spawnRedisServer(port, [
      ...['--port', '0', '--tls-port', String(port), '--bind', '127.0.0.1'],
      ...['--tls-cert-file', tls.serverCert, '--tls-key-file', tls.serverKey, '--tls-ca-cert-file', tls.caCert],
      ...['--tls-auth-clients', 'no', '--requirepass', ACCESS_KEY, '--save', '', '--appendonly', 'no'],
    ]);
  }, 30_000);
  afterAll(async () => {
    if (started) await stopMain(started);
    await redis?.stop();
    await tls?.remove();
  }, 20_000);

  it('runs commands over TLS with the access key, and logs neither the key nor a plain address', async () => {
    const url = `rediss://:${ACCESS_KEY}@127.0.0.1:${redis.port}`;
    started = await startMain({ REDIS_URL: url, NODE_EXTRA_CA_CERTS: tls.caCert, LOG_LEVEL: 'debug' });
    const base = `http://127.0.0.1:${started.port}`;
    await until('the TLS connection to be ready', async () => {
      const health = (await (await fetch(`${base}/healthz`)).json()) as { redis?: string };
      return health.redis === 'ready';
    });
    const reply = lastReply(await chat(base, 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters'));
    expect(reply.status).toBe('succeeded');
    expect(started.lines().find((line) => line.msg === 'using redis')).toMatchObject({
      source: 'REDIS_URL',
      topology: 'standalone',
      url: `rediss://***@127.0.0.1:${redis.port}`,
    });
    expect(started.stdout() + started.stderr()).not.toContain(ACCESS_KEY);
    await stopMain(started);
    started = undefined;
  }, 90_000);

  it('refuses a certificate from a CA Node does not trust, and says so in the log', async () => {
    // Without Redis no job can finish, so a stop waits out SHUTDOWN_GRACE: keep it short here.
    started = await startMain({ REDIS_URL: `rediss://:${ACCESS_KEY}@127.0.0.1:${redis.port}`, SHUTDOWN_GRACE: '1s' });
    const current = started;
    const refused = await until(
      'the log line of the refused certificate',
      () =>
        current
          .lines()
          .find(
            (line) =>
              line.msg === 'redis connection error' && /self[- ]signed|unable to verify/i.test(String(line.err)),
          ),
      { timeoutMs: 20_000 },
    );
    expect(refused).toBeDefined();
    const health = (await (await fetch(`http://127.0.0.1:${current.port}/healthz`)).json()) as { redis?: string };
    expect(health.redis).not.toBe('ready');
    expect(current.stdout() + current.stderr()).not.toContain(ACCESS_KEY);
  }, 60_000);
});
