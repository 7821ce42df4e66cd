import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { until } from '../until.ts';

/**
 * Runs Microsoft's Agents Playground (@microsoft/m365agentsplayground) as a child process pointed at
 * our /api/messages. Telemetry is off (--dt); it writes a devTools/ log folder into its working
 * directory, so that is the test's output folder. With `recordTo` it also records every request between
 * itself and the bot, with its answers (its own --er events recording), into that file.
 */

const BIN = fileURLToPath(new URL('../../../node_modules/.bin/agentsplayground', import.meta.url));

export interface Playground {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function startPlayground(options: {
  endpoint: string;
  port: number;
  cwd: string;
  /** A file for the Playground's events recording: each request it sent the bot or received from it, and the answer. */
  recordTo?: string;
  timeoutMs?: number;
}): Promise<Playground> {
  mkdirSync(options.cwd, { recursive: true });
  const child: ChildProcess = spawn(
    BIN,
    [
      '-e',
      options.endpoint,
      '-p',
      String(options.port),
      '-c',
      'msteams',
      '--dt',
      ...(options.recordTo ? ['--er'] : []),
    ],
    // Its own process group, so stop() ends the CLI and anything it started, and nothing else.
    {
      cwd: options.cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        BROWSER: 'none',
        ...(options.recordTo ? { M365_AGENTS_PLAYGROUND_RECORDING_FILE: options.recordTo } : {}),
      },
    },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5_000))]);
    if (!killed) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const port = options.port;
  try {
    await until(
      () => `Agents Playground to listen on ${port}: ${output}`,
      () => child.exitCode !== null || output.includes(`Listening on ${port}`),
      { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 100 },
    );
    if (child.exitCode !== null) throw new Error(`Agents Playground did not start (exit ${child.exitCode}): ${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/`, output: () => output, stop };
}
