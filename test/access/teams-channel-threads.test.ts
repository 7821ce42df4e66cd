import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy } from '../../src/access/access-policy.ts';
import { ConfirmPolicy } from '../../src/access/confirm-policy.ts';
import { RoleBindings } from '../../src/access/role-bindings.ts';
import type { ConversationAddress } from '../../src/notify/conversation.ts';
import { deleteKeys, testPrefix } from '../support/test-app.ts';

/**
 * In Teams a channel thread's conversation id is the channel's plus `;messageid=<root post>`. A
 * `--channel` binding and the confirmation policy belong to the channel: set in one thread, they hold
 * in every thread and at the top of the channel, and are undone from any of them.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';
const CHANNEL = '19:probe@thread.tacv2';
const inPost = (post?: string): ConversationAddress => ({
  platform: 'teams',
  channel: post ? `${CHANNEL};messageid=${post}` : CHANNEL,
  extra: { tenantId: 'tenant-1' },
});
const bob = (address: ConversationAddress) => ({ address, user: { id: 'aad-bob' } });

describe('Teams channel threads', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let bindings: RoleBindings;
  beforeAll(() => {
    redis = new Redis(REDIS_URL);
    bindings = new RoleBindings(redis, prefix);
  });
  afterAll(async () => {
    redis?.disconnect();
    await deleteKeys(REDIS_URL, prefix);
  });

  it('a --channel binding made in one thread holds in all, and a revoke in another removes it', async () => {
    const policy = new AccessPolicy({ admins: ['teams:tenant-1/aad-admin'], enforce: true }, bindings);
    await bindings.grant({ channel: inPost('111') }, 'operator');
    for (const where of [inPost('111'), inPost('222'), inPost()]) {
      expect(await policy.decide(bob(where), 'operator')).toMatchObject({
        allowed: true,
        via: `channel teams:${CHANNEL}`,
      });
    }
    expect(await bindings.list()).toEqual([[`channel:teams:${CHANNEL}`, 'operator']]);
    expect(await bindings.has({ channel: inPost('222') })).toBe(true);
    expect(await bindings.revoke({ channel: inPost('222') })).toBe(true);
    expect(await policy.decide(bob(inPost('111')), 'operator')).toMatchObject({ allowed: false });
    expect(await bindings.revoke({ channel: inPost('111') })).toBe(false);
  });

  it('confirm=allow-yes set in one thread holds in all, and confirm=always from another ends it', async () => {
    const confirm = new ConfirmPolicy(redis, prefix);
    await confirm.set(inPost('111'), 'allow-yes');
    expect(await confirm.allowsYes(inPost('333'))).toBe(true);
    expect(await confirm.allowsYes(inPost())).toBe(true);
    await confirm.set(inPost('222'), 'always');
    expect(await confirm.allowsYes(inPost('111'))).toBe(false);
  });
});
