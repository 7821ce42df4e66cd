import { type ChildProcess, spawn } from 'node:child_process';

export { freePort } from '../../src/platform/free-port.ts';

/**
 * Runs a TypeScript entry point in its own Node process (through tsx, like `npm start`) and waits
 * until `ready()` says it answers. Output goes to the parent's stderr only on failure.
 */
export async function spawnServer(
  entry: string,
  env: Record<string, string>,
  ready: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<{ child: ChildProcess; output(): string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  if (process.env.BENCH_VERBOSE) child.stderr?.pipe(process.stderr);
  child.stdout?.on('data', (d) => {
    output = (output + String(d)).slice(-4000);
  });
  child.stderr?.on('data', (d) => {
    output = (output + String(d)).slice(-4000);
  });
  const deadline = Date.now() + timeoutMs;
  while (!(await ready().catch(() => false))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${entry} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
