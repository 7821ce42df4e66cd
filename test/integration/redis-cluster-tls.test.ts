import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, lastReply } from '../support/console/console-client.ts';
import { type Started, startMain, stopMain } from '../support/main-process.ts';
import { type RedisCluster, startRedisCluster } from '../support/redis-cluster.ts';
import { makeTlsFiles, type TlsFiles } from '../support/tls-files.ts';
import { until } from '../support/until.ts';

/**
 * A Redis Cluster reached as Azure Cache for Redis in cluster mode is: TLS only (the cluster bus too),
 * a password on every node, certificates of a CA Node is told to trust (NODE_EXTRA_CA_CERTS). With
 * REDIS_CLUSTER_NODES, REDIS_TLS=true and REDIS_PASSWORD, `npm start` given a master that does not
 * hold its keys' slot finds the one that does, over TLS too, and the password is in no log line.
 */
const PASSWORD = 'cluster-Acc3ss-key';
/** Every key shares this {hash tag}, so one master holds them all. */
const PREFIX = '{fluxops-tls}';

/** The port of the master serving `slot`, from `CLUSTER NODES` (`id ip:port@bus flags … ranges`). */
async function ownerOf(cluster: RedisCluster, port: number, slot: number): Promise<number> {
  for (const line of (await cluster.cli(port, 'CLUSTER', 'NODES')).split('\n')) {
    const [, address, , , , , , , ...ranges] = line.trim().split(' ');
    const serves = ranges.some((range) => {
      const [from, to = from] = range.split('-').map(Number);
      return from !== undefined && to !== undefined && slot >= from && slot <= to;
    });
    if (serves && address) return Number(address.split('@')[0]?.split(':')[1]);
  }
  throw new Error(`no master serves slot ${slot}`);
}

describe('REDIS_CLUSTER_NODES with REDIS_TLS and REDIS_PASSWORD', () => {
  let tls: TlsFiles;
  let cluster: RedisCluster;
  let started: Started | undefined;
  beforeAll(async () => {
    tls = await makeTlsFiles();
    cluster = await startRedisCluster({ tls, password: PASSWORD });
  }, 60_000);
  afterAll(async () => {
    if (started) await stopMain(started);
    await cluster?.stop();
    await tls?.remove();
  }, 30_000);

  it('runs commands over TLS on the master it discovered, and never logs the password', async () => {
    const ports = cluster.nodes.split(',').map((node) => Number(node.split(':')[1]));
    const [first] = ports as [number];
    const owner = await ownerOf(cluster, first, Number(await cluster.cli(first, 'CLUSTER', 'KEYSLOT', PREFIX)));
    const given = ports.find((port) => port !== owner) as number;
    started = await startMain({
      FLUXOPS_QUEUE_PREFIX: PREFIX,
      REDIS_URL: '',
      REDIS_CLUSTER_NODES: `127.0.0.1:${given}`,
      REDIS_TLS: 'true',
      REDIS_PASSWORD: PASSWORD,
      NODE_EXTRA_CA_CERTS: tls.caCert,
      LOG_LEVEL: 'debug',
    });
    const base = `http://127.0.0.1:${started.port}`;
    await until('the cluster connection to be ready', async () => {
      const health = (await (await fetch(`${base}/healthz`)).json()) as { redis?: string };
      return health.redis === 'ready';
    });
    const reply = lastReply(await chat(base, 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters'));
    expect(reply.status).toBe('succeeded');
    expect(started.lines().find((line) => line.msg === 'using redis')).toMatchObject({
      topology: 'cluster',
      nodes: `127.0.0.1:${given}`,
      tls: 'true',
    });
    // The keys are on the master fluxops found, none on the one it was given.
    expect(Number(await cluster.cli(owner, 'DBSIZE'))).toBeGreaterThan(0);
    expect(Number(await cluster.cli(given, 'DBSIZE'))).toBe(0);
    expect(started.stdout() + started.stderr()).not.toContain(PASSWORD);
  }, 90_000);
});
