import { spawn } from 'node:child_process';

export interface ChatRun {
  /** stdout and stderr, interleaved as they arrived. */
  out: string;
  stderr: string;
  code: number | null;
}

/**
 * Runs the console client (`npm run chat`) against `url` with `stdin` piped in; resolves its output
 * and exit code. `env` adds to (or, with undefined, removes from) the client's environment.
 */
export function runChat(
  url: string,
  args: string[],
  stdin: string,
  env: Record<string, string | undefined> = {},
): Promise<ChatRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['adapters/console/repl.ts', ...args], {
      env: { ...process.env, FLUXOPS_URL: url, FLUXOPS_USER: 'alice', FLUXOPS_CHANNEL: 'piped', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, stderr, code }));
    child.stdin.end(stdin);
  });
}
