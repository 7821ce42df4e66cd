import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy } from '../../src/access/access-policy.ts';
import { RoleBindings } from '../../src/access/role-bindings.ts';
import { parseCommand } from '../../src/commands/parse.ts';
import type { Command } from '../../src/commands/types.ts';
import type { ConversationAddress } from '../../src/notify/conversation.ts';
import { checkAccess } from '../../src/submit/check-access.ts';
import type { SubmitDeps } from '../../src/submit/submit-deps.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';

/** A command allowed through a binding limited to a `--scope` is marked so its cluster is reached exactly. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const SUB = '00000000-0000-0000-0000-000000000000';
const OPS: ConversationAddress = { platform: 'console', channel: 'ops' };

function command(text: string): Command {
  const parsed = parseCommand(text, { defaultSubscriptionId: SUB });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.command;
}

describe('checkAccess', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let deps: SubmitDeps;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    const bindings = new RoleBindings(redis, prefix);
    await bindings.grant({ user: 'console:scoped' }, 'operator', `/subscriptions/${SUB}/resourceGroups/dev-rg`);
    await bindings.grant({ user: 'console:both' }, 'operator', `/subscriptions/${SUB}/resourceGroups/dev-rg`);
    await bindings.grant({ user: 'console:both' }, 'operator');
    deps = {
      access: new AccessPolicy({ admins: ['console:root'], enforce: true }, bindings),
      defaultSubscriptionId: SUB,
    } as unknown as SubmitDeps;
  });
  afterAll(async () => {
    redis?.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  const reconcile = command('reconcile apps -g dev-rg -c prod-aks -t managedClusters');

  it('marks a command a scoped binding allowed', async () => {
    const checked = await checkAccess(reconcile, { address: OPS, user: { id: 'scoped' } }, deps);
    expect(checked).toEqual({
      access: `operator via user console:scoped within /subscriptions/${SUB}/resourcegroups/dev-rg`,
      scoped: true,
    });
  });

  it('prefers an unscoped binding of the same role, and FLUXOPS_ADMINS, which are not marked', async () => {
    expect(await checkAccess(reconcile, { address: OPS, user: { id: 'both' } }, deps)).toEqual({
      access: 'operator via user console:both',
    });
    expect(await checkAccess(reconcile, { address: OPS, user: { id: 'root' } }, deps)).toEqual({
      access: 'admin via FLUXOPS_ADMINS',
    });
  });
});
