import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxDescriptor } from '../../../sandbox/standalone/descriptor.ts';
import { type StandaloneSandbox, startStandaloneSandbox } from '../../../sandbox/standalone/start-standalone.ts';

/** The standalone sandbox's control endpoint: the world it describes, its request log, and what it refuses. */
let sandbox: StandaloneSandbox;

beforeAll(async () => {
  sandbox = await startStandaloneSandbox({ subscriptionId: '00000000-0000-0000-0000-000000000000', controlPort: 0 });
});
afterAll(async () => {
  await sandbox?.close();
});

describe('standalone sandbox control endpoint', () => {
  it('describes every cluster with a kube API, and the CA the ARM stand-in’s certificate is signed with', async () => {
    const world = (await (await fetch(`${sandbox.url}/sandbox/world`)).json()) as SandboxDescriptor;
    expect(world.arm).toEqual({ url: sandbox.arm.url, caPem: sandbox.arm.caPem });
    expect(world.clusters.map((c) => c.name).sort()).toEqual(sandbox.kube.clusters.map((c) => c.options.name).sort());
    expect(world.clusters.every((c) => c.server.startsWith('http://127.0.0.1:') && c.token.length > 20)).toBe(true);
  });

  it('serves the ARM request log from a given index on', async () => {
    const before = (await (await fetch(`${sandbox.url}/sandbox/requests`)).json()) as { total: number };
    await fetch(`${sandbox.arm.url.replace('https', 'http')}/`).catch(() => undefined);
    const log = (await (await fetch(`${sandbox.url}/sandbox/requests?from=${before.total}`)).json()) as {
      total: number;
      requests: unknown[];
    };
    expect(log.requests).toHaveLength(log.total - before.total);
  });

  it('refuses a lever it cannot read, and a path it does not serve, saying what it takes', async () => {
    const bad = await fetch(`${sandbox.url}/sandbox/chat`, { method: 'POST', body: '{"text":"flux list"}' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'body must be JSON with a sandbox command of at most 4096 bytes, e.g. {"text":"sandbox fail podinfo"}',
    });
    const unknown = await fetch(`${sandbox.url}/sandbox/other`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: 'not a sandbox path; served: GET /sandbox/world, GET /sandbox/requests, POST /sandbox/chat',
    });
  });
});
