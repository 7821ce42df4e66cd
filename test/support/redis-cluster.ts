import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/platform/free-port.ts';
import type { RedisTarget } from '../../src/platform/redis-target.ts';
import { type RedisProcess, redisCliAuth, spawnRedisServer } from './redis-process.ts';
import type { TlsFiles } from './tls-files.ts';
import { until } from './until.ts';

const run = promisify(execFile);

/** With `tls`, the nodes speak TLS only (bus included) with its server certificate; with `password`, each requires it. */
export interface ClusterOptions {
  tls?: TlsFiles;
  password?: string;
}

/** A local Redis Cluster of three masters (no replicas, nothing on disk), started by the test. */
export interface RedisCluster {
  /** `host:port` of every master, as REDIS_CLUSTER_NODES takes them. */
  nodes: string;
  target: RedisTarget;
  /** `redis-cli` on one node, with the cluster's TLS and password. */
  cli(port: number, ...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts three `redis-server --cluster-enabled yes` on free ports (their bus ports free too, through
 * `cluster-port`), joins them with `redis-cli --cluster create`, and resolves once every node says
 * `cluster_state:ok`: a few seconds.
 */
export async function startRedisCluster(options: ClusterOptions = {}): Promise<RedisCluster> {
  const { tls, password } = options;
  const tlsArgs = tls ? ['--tls', '--cacert', tls.caCert] : [];
  const redisCli = (port: number, ...args: string[]) => redisCliAuth(password, port, ...tlsArgs, ...args);
  const listen = (port: number) =>
    tls
      ? [
          ...['--port', '0', '--tls-port', String(port), '--tls-cluster', 'yes', '--tls-replication', 'yes'],
          ...['--tls-cert-file', tls.serverCert, '--tls-key-file', tls.serverKey, '--tls-ca-cert-file', tls.caCert],
          ...['--tls-auth-clients', 'no'],
        ]
      : ['--port', String(port)];
  const auth = password === undefined ? [] : ['--requirepass', password, '--masterauth', password];
  const dir = await mkdtemp(join(tmpdir(), 'fluxops-cluster-'));
  const servers: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const busPort = await freePort();
      servers.push(
        spawnRedisServer(port, [
          ...listen(port),
          ...auth,
          '--cluster-port',
          String(busPort),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, `nodes-${port}.conf`),
          '--cluster-node-timeout',
          '2000',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          dir,
        ]),
      );
    }
    for (const { port } of servers) {
      await until(`cluster node on port ${port}`, async () => (await redisCli(port, 'PING')) === 'PONG', {
        timeoutMs: 10_000,
      });
    }
    const addresses = servers.map(({ port }) => `127.0.0.1:${port}`);
    await run(
      'redis-cli',
      [...tlsArgs, '--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'],
      { timeout: 20_000, env: password === undefined ? process.env : { ...process.env, REDISCLI_AUTH: password } },
    );
    await until(
      'cluster_state:ok on every node',
      async () => {
        for (const { port } of servers) {
          if (!(await redisCli(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok')) return false;
        }
        return true;
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    nodes: servers.map(({ port }) => `127.0.0.1:${port}`).join(','),
    target: {
      kind: 'cluster',
      nodes: servers.map(({ port }) => ({ host: '127.0.0.1', port })),
      auth: { tls: tls !== undefined, ...(password === undefined ? {} : { password }) },
    },
    cli: redisCli,
    stop,
  };
}
