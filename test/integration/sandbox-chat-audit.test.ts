import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * `sandbox …` fault commands are answered by submit()'s intercept, not by a job, yet they change the
 * stand-in's world: the audit trail records them as `submitted` and `finished` like any command.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('sandbox chat commands in the audit trail', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig());
  });
  afterAll(async () => {
    await app?.close();
  });

  it('records a sandbox fault as submitted then finished, with its result, under one id', async () => {
    // An OOM kill needs the controller pods, which the extension install brings.
    const install = `extension create -n flux --extension-type microsoft.flux ${ARC}`;
    expect(lastReply(await chat(app.url!, install, 'alice', 'audited')).status).toBe('succeeded');
    const fault = lastReply(await chat(app.url!, 'sandbox   oom helm-controller', 'alice', 'audited'));
    expect(fault.status).toBe('succeeded');

    const trail = lastReply(await chat(app.url!, 'audit', 'alice', 'audited'));
    const rows = trail.tables?.[0]?.rows ?? [];
    const sandboxRows = rows.filter((r) => r[3] === 'sandbox oom helm-controller');
    // Newest first: finished, then submitted.
    expect(sandboxRows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['alice', 'finished', 'succeeded'],
      ['alice', 'submitted', ''],
    ]);

    const jobs = lastReply(await chat(app.url!, 'jobs', 'alice', 'audited'));
    const job = jobs.tables?.[0]?.rows.find((r) => r[2] === 'sandbox oom helm-controller');
    expect(job?.[0]).toMatch(/^cmd-console-[0-9a-f]{32}$/);
    expect(job?.[3]).toBe('succeeded');
  });

  it('records a failed fault as finished failed, and does not audit plain help', async () => {
    const fault = lastReply(await chat(app.url!, 'sandbox oom helm-controller -c no-such-cluster', 'bob', 'audited2'));
    expect(fault.status).toBe('failed');
    await chat(app.url!, 'help', 'bob', 'audited2');

    const rows = lastReply(await chat(app.url!, 'audit', 'bob', 'audited2')).tables?.[0]?.rows ?? [];
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
      ['finished', 'sandbox oom helm-controller -c no-such-cluster', 'failed'],
      ['submitted', 'sandbox oom helm-controller -c no-such-cluster', ''],
    ]);
  });
});

/**
 * With FLUXOPS_ADMINS set, sandbox mode enforces like production: `sandbox …` changes the sandbox's
 * world as a write changes Azure's, so only an admin runs it; a refusal names the role and is audited.
 */
describe('sandbox chat commands under access control', () => {
  let app: Fluxops;

  beforeAll(async () => {
    app = await startTestApp(testConfig({ FLUXOPS_ADMINS: 'console:admin' }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a sandbox fault to a user without the admin role and runs it for an admin', async () => {
    const refused = lastReply(await chat(app.url!, 'sandbox recover podinfo', 'bob', 'guarded'));
    expect(refused.status).toBe('failed');
    expect(refused.text).toContain('needs the admin role');
    expect(refused.text).toContain('An admin can grant it: console:admin.');

    const allowed = lastReply(await chat(app.url!, 'sandbox recover podinfo', 'admin', 'guarded'));
    expect(allowed.text ?? '').not.toContain('needs the admin role');

    const rows = lastReply(await chat(app.url!, 'audit', 'admin', 'guarded')).tables?.[0]?.rows ?? [];
    expect(rows.filter((r) => r[3] === 'sandbox recover podinfo').map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ['admin', 'finished', allowed.status, ''],
      ['admin', 'submitted', '', 'admin via FLUXOPS_ADMINS'],
      ['bob', 'denied', 'needs admin', 'held no role'],
    ]);
  });
});
