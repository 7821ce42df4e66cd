import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A redis-server (or sentinel) the test started, killed by `stop()`. */
export interface RedisProcess {
  port: number;
  stop(): Promise<void>;
}

/** Starts `redis-server` with `args` (nothing on disk unless the args say so). */
export function spawnRedisServer(port: number, args: string[]): RedisProcess {
  const child: ChildProcess = spawn('redis-server', args, { stdio: 'ignore' });
  return {
    port,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * `redis-cli -p PORT args…` on 127.0.0.1, logged in with `password` when given (through REDISCLI_AUTH,
 * so it is on no command line); its output trimmed ('' when it could not connect).
 */
export async function redisCliAuth(password: string | undefined, port: number, ...args: string[]): Promise<string> {
  try {
    const env = password === undefined ? process.env : { ...process.env, REDISCLI_AUTH: password };
    const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], {
      timeout: 5_000,
      env,
    });
    return stdout.trim();
  } catch {
    return '';
  }
}
