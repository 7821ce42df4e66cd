import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../app/start-fluxops.ts';
import { freePort } from '../src/platform/free-port.ts';
import { startTestApp, testConfig } from './support/test-app.ts';

/** The image's HEALTHCHECK command, run as Docker runs it, against the real app. */
describe('Dockerfile HEALTHCHECK', () => {
  const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
  const script = /^HEALTHCHECK .* CMD node -e "(.*)"$/m.exec(dockerfile)?.[1];
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig());
  });
  afterAll(async () => {
    await app?.close();
  });

  const exitCode = (env: Record<string, string>) =>
    new Promise<number>((resolve) => {
      execFile(process.execPath, ['-e', script!], { env: { PATH: process.env.PATH ?? '', ...env } }, (error) =>
        resolve(error ? Number(error.code ?? 1) : 0),
      );
    });

  it('probes /livez', () => {
    expect(script).toContain('/livez');
  });

  it('passes against a running process on PORT and fails when nothing answers', async () => {
    const port = new URL(app.url!).port;
    expect(await exitCode({ PORT: port })).toBe(0);
    expect(await exitCode({ PORT: String(await freePort()) })).toBe(1);
  });

  it('asks HEALTH_PORT for a worker, PORT otherwise', async () => {
    const port = new URL(app.healthUrl).port;
    const closed = String(await freePort());
    expect(await exitCode({ FLUXOPS_ROLE: 'worker', HEALTH_PORT: port, PORT: closed })).toBe(0);
    expect(await exitCode({ FLUXOPS_ROLE: 'worker', PORT: port })).toBe(0);
    expect(await exitCode({ FLUXOPS_ROLE: 'web', HEALTH_PORT: port, PORT: closed })).toBe(1);
  });
});
