import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy } from '../../src/access/access-policy.ts';
import { RoleBindings } from '../../src/access/role-bindings.ts';
import type { ConversationAddress } from '../../src/notify/conversation.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';

/** Who may run what: FLUXOPS_ADMINS, then the highest of the user's and the conversation's bindings. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const OPS: ConversationAddress = { platform: 'slack', channel: 'C0OPS', extra: { team: 'T0TEST' } };
const who = (id: string, address = OPS) => ({ address, user: { id } });

describe('AccessPolicy', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let bindings: RoleBindings;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    bindings = new RoleBindings(redis, prefix);
    await bindings.grant({ user: 'slack:T0TEST/U0VIEW' }, 'viewer');
    await bindings.grant({ user: 'slack:T0TEST/U0OPER' }, 'operator');
    await bindings.grant({ channel: { platform: 'slack', channel: 'C0WARROOM' } }, 'operator');
  });
  afterAll(async () => {
    redis?.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  const enforcing = () => new AccessPolicy({ admins: ['slack:T0TEST/U0ADMIN'], enforce: true }, bindings);

  it('makes every user an admin while access control is off', async () => {
    const policy = new AccessPolicy({ admins: [], enforce: false }, bindings);
    expect(await policy.decide(who('U0NOBODY'), 'admin')).toMatchObject({ allowed: true, via: 'access control off' });
  });

  it('allows FLUXOPS_ADMINS everything, naming it as the binding', async () => {
    expect(await enforcing().decide(who('U0ADMIN'), 'admin')).toEqual({
      allowed: true,
      principal: 'slack:T0TEST/U0ADMIN',
      role: 'admin',
      via: 'FLUXOPS_ADMINS',
    });
  });

  it('allows a role its binding covers and refuses a higher one, naming both and the admins', async () => {
    const policy = enforcing();
    expect(await policy.decide(who('U0VIEW'), 'viewer')).toMatchObject({
      allowed: true,
      via: 'user slack:T0TEST/U0VIEW',
    });
    expect(await policy.decide(who('U0VIEW'), 'operator')).toEqual({
      allowed: false,
      principal: 'slack:T0TEST/U0VIEW',
      needed: 'operator',
      held: 'viewer',
      via: 'user slack:T0TEST/U0VIEW',
      admins: ['slack:T0TEST/U0ADMIN'],
    });
    expect(await policy.decide(who('U0OPER'), 'admin')).toMatchObject({ allowed: false, held: 'operator' });
  });

  it('takes the highest of the user binding and the channel binding', async () => {
    const warRoom: ConversationAddress = { platform: 'slack', channel: 'C0WARROOM', extra: { team: 'T0TEST' } };
    expect(await enforcing().decide(who('U0VIEW', warRoom), 'operator')).toMatchObject({
      allowed: true,
      role: 'operator',
      via: 'channel slack:C0WARROOM',
    });
    expect(await enforcing().decide(who('U0NOBODY'), 'viewer')).toMatchObject({ allowed: false, held: undefined });
  });

  it('keeps a user id from another Slack team apart', async () => {
    const otherTeam: ConversationAddress = { platform: 'slack', channel: 'C0OPS', extra: { team: 'T0OTHER' } };
    expect(await enforcing().decide(who('U0ADMIN', otherTeam), 'viewer')).toMatchObject({
      allowed: false,
      principal: 'slack:T0OTHER/U0ADMIN',
    });
  });

  it('refuses everyone but help when no admin is configured, even with bindings', async () => {
    const policy = new AccessPolicy({ admins: [], enforce: true }, bindings);
    expect(await policy.decide(who('U0OPER'), 'viewer')).toMatchObject({ allowed: false, admins: [] });
  });

  it('applies a scoped binding only to clusters whose ARM id lies within its scope', async () => {
    const sub = '/subscriptions/00000000-0000-0000-0000-000000000000';
    const cluster = (group: string, name = 'prod') =>
      `${sub}/resourceGroups/${group}/providers/Microsoft.Kubernetes/connectedClusters/${name}`;
    await bindings.grant({ user: 'slack:T0TEST/U0SCOPED' }, 'admin', `${sub}/resourceGroups/Team-Dev`);
    await bindings.grant({ user: 'slack:T0TEST/U0SCOPED' }, 'operator', sub.toUpperCase());
    const policy = enforcing();
    // ARM ids compare without case; the highest binding whose scope contains the cluster wins.
    expect(await policy.decide(who('U0SCOPED'), 'admin', cluster('team-dev'))).toMatchObject({
      allowed: true,
      role: 'admin',
      via: `user slack:T0TEST/U0SCOPED within ${sub}/resourcegroups/team-dev`,
    });
    // Whole segments only: team-dev2 is not within team-dev; the subscription-wide operator still holds.
    expect(await policy.decide(who('U0SCOPED'), 'admin', cluster('team-dev2'))).toMatchObject({
      allowed: false,
      held: 'operator',
    });
    // A command without a cluster gets no scoped binding.
    expect(await policy.decide(who('U0SCOPED'), 'viewer')).toMatchObject({ allowed: false, held: undefined });
    // Revoking the scoped admin leaves the other binding.
    await bindings.revoke({ user: 'slack:T0TEST/U0SCOPED' }, `${sub}/resourceGroups/team-dev`);
    expect(await policy.decide(who('U0SCOPED'), 'admin', cluster('team-dev'))).toMatchObject({
      allowed: false,
      held: 'operator',
    });
  });
});
