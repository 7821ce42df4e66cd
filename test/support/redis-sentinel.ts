import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../src/platform/free-port.ts';
import type { RedisTarget } from '../../src/platform/redis-target.ts';
import { type RedisProcess, redisCliAuth, spawnRedisServer } from './redis-process.ts';
import { until } from './until.ts';

/** The master name the sentinels monitor. */
const SENTINEL_MASTER_NAME = 'fluxops';

/** A local Sentinel set: one master, one replica, three sentinels (nothing on disk), started by the test. */
export interface RedisSentinelSet {
  /** `host:port` of the sentinels, as REDIS_SENTINELS takes them. */
  sentinels: string;
  name: string;
  target: RedisTarget;
  /** The port of the current master, as the sentinels report it. */
  masterPort(): Promise<number>;
  /** `SENTINEL FAILOVER`, resolved once every sentinel names the former replica as master. */
  failover(): Promise<{ from: number; to: number }>;
  stop(): Promise<void>;
}

/** What one sentinel says about the master (`SENTINEL MASTER` as field/value lines). */
async function masterFields(sentinelPort: number, password?: string): Promise<Record<string, string>> {
  const lines = (await redisCliAuth(password, sentinelPort, 'SENTINEL', 'MASTER', SENTINEL_MASTER_NAME)).split('\n');
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < lines.length; i += 2) fields[lines[i] as string] = lines[i + 1] as string;
  return fields;
}

/**
 * Starts a master and a replica (`--replicaof`), then three sentinels monitoring the master with
 * quorum 2 and a 1 s down-after, each from a generated config file; resolves once every sentinel
 * sees the replica and the two other sentinels, so a failover can start at once. With `password`,
 * the data nodes and the sentinels all require it (as the common Helm charts set Sentinel up).
 */
export async function startRedisSentinel(options: { password?: string } = {}): Promise<RedisSentinelSet> {
  const { password } = options;
  const redisCli = (port: number, ...args: string[]) => redisCliAuth(password, port, ...args);
  const fieldsOf = (port: number) => masterFields(port, password);
  const auth = password === undefined ? [] : ['--requirepass', password, '--masterauth', password];
  const sentinelAuth =
    password === undefined
      ? []
      : [
          `requirepass ${password}`,
          `sentinel auth-pass ${SENTINEL_MASTER_NAME} ${password}`,
          `sentinel sentinel-pass ${password}`,
        ];
  const dir = await mkdtemp(join(tmpdir(), 'fluxops-sentinel-'));
  const processes: RedisProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await rm(dir, { recursive: true, force: true });
  };
  const dataArgs = (port: number) => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    ...auth,
  ];
  const sentinelPorts: number[] = [];
  try {
    const master = await freePort();
    const replica = await freePort();
    processes.push(spawnRedisServer(master, dataArgs(master)));
    processes.push(spawnRedisServer(replica, [...dataArgs(replica), '--replicaof', '127.0.0.1', String(master)]));
    await until(
      'the replica in sync with the master',
      async () => (await redisCli(replica, 'INFO', 'replication')).includes('master_link_status:up'),
      { timeoutMs: 10_000, intervalMs: 100 },
    );
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      const file = join(dir, `sentinel-${port}.conf`);
      await writeFile(
        file,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `sentinel monitor ${SENTINEL_MASTER_NAME} 127.0.0.1 ${master} 2`,
          `sentinel down-after-milliseconds ${SENTINEL_MASTER_NAME} 1000`,
          `sentinel failover-timeout ${SENTINEL_MASTER_NAME} 5000`,
          `sentinel parallel-syncs ${SENTINEL_MASTER_NAME} 1`,
          ...sentinelAuth,
          '',
        ].join('\n'),
      );
      sentinelPorts.push(port);
      processes.push(spawnRedisServer(port, [file, '--sentinel']));
    }
    await until(
      'every sentinel seeing the replica and the two other sentinels',
      async () => {
        for (const port of sentinelPorts) {
          const fields = await fieldsOf(port);
          if (fields['num-slaves'] !== '1' || fields['num-other-sentinels'] !== '2') return false;
        }
        return true;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const masterPort = async () => Number((await fieldsOf(sentinelPorts[0] as number)).port);
  return {
    sentinels: sentinelPorts.map((port) => `127.0.0.1:${port}`).join(','),
    name: SENTINEL_MASTER_NAME,
    target: {
      kind: 'sentinel',
      sentinels: sentinelPorts.map((port) => ({ host: '127.0.0.1', port })),
      name: SENTINEL_MASTER_NAME,
      auth: { tls: false, ...(password === undefined ? {} : { password }) },
      sentinelAuth: password === undefined ? {} : { password },
    },
    masterPort,
    async failover() {
      const from = await masterPort();
      // A sentinel refuses (NOGOODSLAVE) until it has seen the replica's link up in its INFO.
      await until(
        'a sentinel accepting SENTINEL FAILOVER',
        async () => (await redisCli(sentinelPorts[0] as number, 'SENTINEL', 'FAILOVER', SENTINEL_MASTER_NAME)) === 'OK',
        { timeoutMs: 20_000, intervalMs: 250 },
      );
      const to = await until(
        'every sentinel naming the new master',
        async () => {
          const ports = await Promise.all(sentinelPorts.map(async (port) => Number((await fieldsOf(port)).port)));
          const [first] = ports;
          if (first === undefined || first === from || ports.some((p) => p !== first)) return undefined;
          return (await redisCli(first, 'ROLE')).startsWith('master') ? first : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 100 },
      );
      return { from, to };
    },
    stop,
  };
}
