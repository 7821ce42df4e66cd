import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { until } from '../until.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A process of the scale-out suite (`node --import tsx app/…`), with its output kept for assertions. */
export interface Spawned {
  name: string;
  child: ChildProcess;
  /** stdout's JSON lines so far (a line that is not JSON is skipped: a SIGKILLed process may cut its last one). */
  lines(): Record<string, unknown>[];
  output(): string;
  alive(): boolean;
  /** SIGKILL: no graceful stop, no lock released, as when a node is lost. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `entry` (relative to the repository) with exactly `env` on top of PATH and HOME, and waits
 * until stdout has a line containing `ready`. The caller passes the Redis settings it was given, so
 * the same suite runs against a single Redis, a cluster or sentinels.
 */
export async function spawnApp(
  name: string,
  entry: string,
  env: Record<string, string>,
  ready: string,
): Promise<Spawned> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawned: Spawned = {
    name,
    child,
    lines: () =>
      stdout.split('\n').flatMap((line) => {
        try {
          return line ? [JSON.parse(line) as Record<string, unknown>] : [];
        } catch {
          return [];
        }
      }),
    output: () => `${stdout.slice(-3000)}${stderr.slice(-3000)}`,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill() {
      if (spawned.alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 10_000) {
      if (!spawned.alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await until(
      () => `${name} (${entry}) to log "${ready}"; exit ${child.exitCode}; output: ${spawned.output()}`,
      () => {
        if (!spawned.alive()) throw new Error(`${name} exited`);
        return stdout.includes(ready);
      },
      { timeoutMs: 120_000, intervalMs: 100 },
    );
  } catch (error) {
    // One that never became ready is not left behind.
    await spawned.kill();
    throw error;
  }
  return spawned;
}
