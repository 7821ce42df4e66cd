import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/platform/free-port.ts';
import { deleteKeys, testPrefix } from './test-app.ts';
import { until } from './until.ts';

const MAIN = fileURLToPath(new URL('../../app/main.ts', import.meta.url));
const REDIS_URL = 'redis://127.0.0.1:6379';

/** A fluxops process as `npm start` runs it (`node --import tsx app/main.ts`), with its own port and key prefix. */
export interface Started {
  child: ChildProcess;
  port: number;
  prefix: string;
  stdout: () => string;
  stderr: () => string;
  /** stdout's lines as JSON (throws on a line that is not). */
  lines: () => Record<string, unknown>[];
}

/**
 * Starts app/main.ts in sandbox mode with nothing but `env` on top of PATH, HOME, a free PORT, the
 * local Redis and a fresh key prefix, and resolves once it logs that it listens.
 */
export async function startMain(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const prefix = testPrefix();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      REDIS_URL,
      FLUXOPS_QUEUE_PREFIX: prefix,
      FLUXOPS_SANDBOX: 'true',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString('utf8');
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  const started: Started = {
    child,
    port,
    prefix,
    stdout: () => stdout,
    stderr: () => stderr,
    lines: () =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
  await until(
    () =>
      `app/main.ts to log "listening" (exit ${child.exitCode}; stdout: ${stdout.slice(-2000)} stderr: ${stderr.slice(-2000)})`,
    () => child.exitCode === null && stdout.includes('listening on'),
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  return started;
}

/** SIGTERM, wait for the exit, delete the process's keys. */
export async function stopMain(started: Started): Promise<void> {
  const { child } = started;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await deleteKeys(REDIS_URL, started.prefix);
}
