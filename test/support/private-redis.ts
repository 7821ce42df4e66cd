import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { freePort } from '../../src/platform/free-port.ts';
import { pingRedis } from '../../src/platform/resolve-redis.ts';
import { until } from './until.ts';

/** A redis-server of the test's own (nothing on disk) that it can stop and start again on the same port. */
export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** `args`: extra redis-server arguments, e.g. `['--appendonly', 'yes']` (later ones win). */
export async function startPrivateRedis(args: string[] = []): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis: PrivateRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tmpdir(), ...args],
        {
          stdio: 'ignore',
        },
      );
      await until(`redis-server on port ${port}`, () => pingRedis('127.0.0.1', port), { timeoutMs: 10_000 });
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((done) => running.once('exit', () => done()));
      running.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}
