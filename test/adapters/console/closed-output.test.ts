import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { startTestApp, testConfig } from '../../support/test-app.ts';

/**
 * `npm run -s chat | head -1`: the reader closes the client's stdout after its first line (the REPL's
 * welcome) while piped commands still have answers to print; the client ends quietly (exit 0, no
 * EPIPE stack trace).
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

/** Runs the REPL on `stdin` and closes its stdout after the first chunk; resolves stderr and the exit code. */
function runThenCloseOutput(url: string, stdin: string): Promise<{ stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['adapters/console/repl.ts'], {
      env: { ...process.env, FLUXOPS_URL: url, FLUXOPS_USER: 'alice', FLUXOPS_CHANNEL: 'closed' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stderr, code }));
    child.stdin.end(stdin);
  });
}

describe('console client whose output is closed', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('ends quietly with exit 0 when the reader leaves mid-stream', async () => {
    const { stderr, code } = await runThenCloseOutput(app.url!, `flux list ${ARC}\ncontext\nhelp\n`);
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
