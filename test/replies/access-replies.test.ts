import { describe, expect, it } from 'vitest';
import { accessDeniedReply, whoamiReply } from '../../src/replies/access-replies.ts';

/** A refusal names the role needed, what the user holds, and who can grant it — or how to configure an admin. */
describe('accessDeniedReply', () => {
  it('names the held role, its binding and the admins', () => {
    const reply = accessDeniedReply({
      display: 'flux delete -n cluster-config',
      principal: 'slack:T0TEST/U0OPER',
      needed: 'admin',
      held: 'operator',
      via: 'channel slack:C0OPS',
      admins: ['slack:T0TEST/U0ADMIN', 'console:alice'],
    });
    expect(reply).toEqual({
      title: 'Not allowed',
      status: 'failed',
      text: '`flux delete -n cluster-config` needs the admin role. You (slack:T0TEST/U0OPER) hold operator (from channel slack:C0OPS). Nothing was queued and nothing changed. An admin can grant it: slack:T0TEST/U0ADMIN, console:alice.',
    });
  });

  it('gives the exact FLUXOPS_ADMINS value when no admin is configured', () => {
    const reply = accessDeniedReply({
      display: 'flux list',
      principal: 'teams:tenant-1/aad-1',
      needed: 'viewer',
      admins: [],
    });
    expect(reply.text).toContain(
      'No admin is configured yet: set FLUXOPS_ADMINS=teams:tenant-1/aad-1 (comma-separated;',
    );
  });
});

describe('where a role comes from, in the reader’s language', () => {
  it('writes `access control off` and a binding’s source in Japanese and French, FLUXOPS_ADMINS as it is', () => {
    expect(whoamiReply('console:alice', 'admin', 'access control off', 'ja').text).toContain(
      '(アクセス制御オフ による)',
    );
    expect(whoamiReply('console:alice', 'admin', 'access control off', 'ja').text).not.toContain('access control off');
    expect(whoamiReply('console:alice', 'operator', 'group S1 within /subscriptions/s1', 'fr').text).toContain(
      'groupe S1 dans l’étendue /subscriptions/s1',
    );
    expect(whoamiReply('console:alice', 'admin', 'FLUXOPS_ADMINS', 'fr').text).toContain('FLUXOPS_ADMINS');
    expect(whoamiReply('console:alice', 'admin', 'access control off').text).toContain('(from access control off)');
  });
});
