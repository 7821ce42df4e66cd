import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/platform/free-port.ts';
import type { RedisTarget } from '../../src/platform/redis-target.ts';
import { type RedisProcess, redisCli, spawnRedisServer } from './redis-process.ts';
import { until } from './until.ts';

const run = promisify(execFile);

/** A local Redis Cluster of three masters (no replicas, nothing on disk), started by the test. */
export interface RedisCluster {
  /** `host:port` of every master, as REDIS_CLUSTER_NODES takes them. */
  nodes: string;
  target: RedisTarget;
  stop(): Promise<void>;
}

/**
 * Starts three `redis-server --cluster-enabled yes` on free ports (their bus ports free too, through
 * `cluster-port`), joins them with `redis-cli --cluster create`, and resolves once every node says
 * `cluster_state:ok`: a few seconds.
 */
export async function startRedisCluster(): Promise<RedisCluster> {
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
          '--port',
          String(port),
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
    await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'], {
      timeout: 20_000,
    });
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
      auth: { tls: false },
    },
    stop,
  };
}
