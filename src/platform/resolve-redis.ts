import { type ChildProcess, spawn } from 'node:child_process';
import { Socket } from 'node:net';
import { freePort } from './free-port.ts';
import type { Logger } from './logger.ts';
import type { RedisTarget } from './redis-target.ts';

// Finds a Redis for this process, in order:
// 1. REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS when set (used as given, even if it does not
//    answer yet: production must not guess);
// 2. 127.0.0.1:6379 when it answers PING;
// 3. a `redis-server` from PATH on a free port, with no persistence, stopped when we exit;
// 4. otherwise a RedisUnavailableError naming three ways to get one.

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

export interface ResolvedRedis {
  target: RedisTarget;
  /**
   * `redis://host:port` of the one server (REDIS_URL as given, the local or the spawned one); with
   * REDIS_CLUSTER_NODES a seed node's, with REDIS_SENTINELS the first sentinel's.
   */
  url: string;
  source: 'REDIS_URL' | 'REDIS_CLUSTER_NODES' | 'REDIS_SENTINELS' | 'local' | 'spawned';
  stop(): Promise<void>;
}

const NO_REDIS_MESSAGE =
  'No Redis found: nothing answers on 127.0.0.1:6379 and `redis-server` is not on PATH. ' +
  'Either (1) set REDIS_URL=redis://host:6379, (2) start one: `docker run -p 6379:6379 redis:7`, ' +
  'or (3) install it: `apt-get install redis-server` (Debian/Ubuntu) / `brew install redis` (macOS).';

/** Sends a RESP PING and resolves true on +PONG within the timeout. */
export function pingRedis(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, host, () => socket.write('PING\r\n'));
  });
}

async function spawnRedis(binary: string, logger: Logger): Promise<ResolvedRedis | undefined> {
  const port = await freePort();
  let child: ChildProcess;
  try {
    child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
  } catch {
    return undefined;
  }
  const spawned = await new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(false));
    child.once('spawn', () => resolve(true));
  });
  if (!spawned) return undefined;
  for (let i = 0; i < 50; i++) {
    if (await pingRedis('127.0.0.1', port, 200)) {
      logger.info(
        { port, pid: child.pid },
        'started a private redis-server (no persistence); it stops when fluxops exits',
      );
      const stop = () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      process.once('exit', () => child.kill('SIGTERM'));
      const url = `redis://127.0.0.1:${port}`;
      return { target: { kind: 'url', url }, url, source: 'spawned', stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  return undefined;
}

export async function resolveRedis(
  options: { redis?: RedisTarget; redisServerBinary?: string; localPort?: number },
  logger: Logger,
): Promise<ResolvedRedis> {
  const none = async () => {};
  const given = options.redis;
  if (given) {
    const source =
      given.kind === 'url' ? 'REDIS_URL' : given.kind === 'cluster' ? 'REDIS_CLUSTER_NODES' : 'REDIS_SENTINELS';
    return { target: given, url: firstUrl(given), source, stop: none };
  }
  const localPort = options.localPort ?? 6379;
  if (await pingRedis('127.0.0.1', localPort)) {
    const url = `redis://127.0.0.1:${localPort}`;
    return { target: { kind: 'url', url }, url, source: 'local', stop: none };
  }
  const spawned = await spawnRedis(options.redisServerBinary ?? 'redis-server', logger);
  if (spawned) return spawned;
  throw new RedisUnavailableError(NO_REDIS_MESSAGE);
}

function firstUrl(target: RedisTarget): string {
  if (target.kind === 'url') return target.url;
  const node = target.kind === 'cluster' ? target.nodes[0] : target.sentinels[0];
  return `redis://${node?.host}:${node?.port}`;
}
