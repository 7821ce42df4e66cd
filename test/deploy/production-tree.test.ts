import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/platform/free-port.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * The image's runtime stage, rebuilt here the way the Dockerfile builds it: production dependencies
 * only (`npm ci --omit=dev` in a copy of package.json and the lockfile) plus the compiled output
 * (`npm run build`'s tsc, into that copy's dist/). Started in sandbox mode with plain Node — no
 * TypeScript loader, no dev dependency — it must come up and answer /readyz.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('the production tree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fluxops-production-'));
  const prefix = testPrefix();
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    await deleteKeys('redis://127.0.0.1:6379', prefix);
  });

  it('starts from dist/ with production dependencies only and answers /readyz', async () => {
    copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    copyFileSync(join(ROOT, 'package-lock.json'), join(dir, 'package-lock.json'));
    await run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: dir,
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    expect(existsSync(join(dir, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/typescript'))).toBe(false);
    await run(join(ROOT, 'node_modules/.bin/tsc'), [
      '-p',
      join(ROOT, 'tsconfig.build.json'),
      '--outDir',
      join(dir, 'dist'),
    ]);

    const port = await freePort();
    const output: string[] = [];
    child = spawn(process.execPath, ['dist/app/main.js'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        FLUXOPS_QUEUE_PREFIX: prefix,
        REDIS_URL: 'redis://127.0.0.1:6379',
        PORT: String(port),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const ready = await until(
      () => `/readyz of the production tree (output: ${output.join('').slice(-2000)})`,
      async () => {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined);
        return response?.status === 200 ? response.json() : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(ready).toMatchObject({ status: 'ok', mode: 'sandbox' });
  }, 240_000);
});
