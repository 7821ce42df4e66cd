import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, decideIn, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/** `access grant|revoke|list|whoami` from chat: bindings an admin writes decide what others may run. */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const RECONCILE = `reconcile cluster-config ${ARC}`;

describe('access commands', () => {
  let app: Fluxops;
  const say = async (user: string, text: string, channel = 'ops') =>
    lastReply(await chat(app.url!, text, user, channel));

  beforeAll(async () => {
    app = await startTestApp(testConfig({ FLUXOPS_ADMINS: 'console:alice' }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('whoami prints the exact id and role, with no role needed', async () => {
    expect((await say('bob', 'access whoami')).text).toBe(
      'Your id is `console:bob` (the form FLUXOPS_ADMINS takes, e.g. FLUXOPS_ADMINS=console:bob). You hold no role here.',
    );
    expect((await say('alice', 'access whoami')).text).toContain('You hold admin here (from FLUXOPS_ADMINS).');
  });

  it('grants a user a role, which then decides; revoke takes it back', async () => {
    expect((await say('bob', RECONCILE)).title).toBe('Not allowed');
    expect((await say('bob', 'access grant operator @bob')).text).toContain('needs the admin role');
    const granted = await say('alice', 'access grant operator @bob');
    expect(granted.title).toBe('Role granted');
    expect(granted.text).toContain('user console:bob now holds operator.');
    expect((await say('bob', RECONCILE)).title).not.toBe('Not allowed');
    expect((await say('bob', `flux delete -n cluster-config ${ARC}`)).text).toContain('needs the admin role');

    const list = await say('alice', 'access list');
    expect(list.text).toBe('Admins (FLUXOPS_ADMINS): console:alice.');
    expect(list.tables?.[0]?.rows).toEqual([['user console:bob', 'operator']]);

    expect((await say('alice', 'access revoke @bob')).title).toBe('Role binding removed');
    expect((await say('bob', RECONCILE)).title).toBe('Not allowed');
  });

  it('says a revoke of a binding that does not exist removed nothing', async () => {
    const reply = await say('alice', 'access revoke @nobody-bound');
    expect(reply.title).toBe('Nothing to remove');
    expect(reply.text).toBe(
      'user console:nobody-bound holds no role from a binding, so nothing was removed. `access list` shows every binding, each with its exact scope.',
    );
  });

  it('checks the role again at Confirm: revoked while the prompt waited, the delete does not run', async () => {
    expect((await say('alice', 'access grant admin @dave')).title).toBe('Role granted');
    const prompt = await say('dave', `flux delete -n cluster-config ${ARC}`, 'recheck');
    const token = prompt.actions?.find((action) => action.decision === 'confirm')?.confirmToken;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect((await say('alice', 'access revoke @dave')).title).toBe('Role binding removed');
    const clicked = lastReply(await decideIn(app.url!, token!, 'confirm', 'dave', 'recheck'));
    expect(clicked.title).toBe('Not allowed');
    expect(clicked.text).toContain('needs the admin role');
    const deletes = app.sandbox!.requests.filter(
      (r) => r.method === 'DELETE' && r.path.includes('/fluxConfigurations/cluster-config'),
    );
    expect(deletes).toEqual([]);
    const denied = (await say('alice', 'audit --denied --user @dave', 'recheck')).tables?.[0]?.rows ?? [];
    expect(denied.some((row) => row.join(' ').includes('flux delete'))).toBe(true);
  });

  it('binds a channel: everyone in it holds the role there, and nowhere else', async () => {
    expect((await say('alice', 'access grant viewer --channel', 'readers')).title).toBe('Role granted');
    expect((await say('carol', `flux list ${ARC}`, 'readers')).title).not.toBe('Not allowed');
    expect((await say('carol', `flux list ${ARC}`, 'ops')).title).toBe('Not allowed');
  });

  it('refuses a role that does not exist, saying which are accepted', async () => {
    const reply = await say('alice', 'access grant owner @bob');
    expect(reply.text).toContain('a role: viewer, operator, admin (got "owner")');
  });

  it('filters the audit by user, age and refusal', async () => {
    const denied = (await say('alice', 'audit --denied --user @bob --since 1h')).tables?.[0]?.rows ?? [];
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((r) => r[1] === 'bob' && r[2] === 'denied')).toBe(true);
    expect(denied.map((r) => r[3])).toContain(
      `flux delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config`,
    );
    expect((await say('alice', 'audit --user dave')).text).toBe('Nothing recorded in this channel yet.');
    expect((await say('alice', 'audit --since soon')).text).toContain('--since');
  });

  it('audits grants with the binding that allowed them', async () => {
    const rows = (await say('alice', 'audit')).tables?.[0]?.rows ?? [];
    const grant = rows.find((r) => r[3] === 'access grant operator @bob');
    expect(grant?.slice(1)).toEqual([
      'alice',
      'finished',
      'access grant operator @bob',
      'succeeded',
      'admin via FLUXOPS_ADMINS',
    ]);
  });

  it('limits a binding to clusters within its --scope (resource group), as access list shows', async () => {
    const group = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/flux-demo-rg';
    const granted = await say('alice', `access grant operator @carol --scope ${group}`);
    expect(granted.text).toContain(`user console:carol within ${group} now holds operator.`);
    expect((await say('carol', RECONCILE, 'scoped')).title).not.toBe('Not allowed');
    const elsewhere = `reconcile podinfo -g flux-guardrails-rg -c flux-demo-openshift -t connectedClusters`;
    expect((await say('carol', elsewhere, 'scoped')).text).toContain('needs the operator role');
    const rows = (await say('alice', 'access list')).tables?.[0]?.rows ?? [];
    expect(rows).toContainEqual([`user console:carol within ${group.toLowerCase()}`, 'operator']);
  });
});
