import { describe, expect, it } from 'vitest';
import { accessDeniedReply } from '../../src/replies/access-replies.ts';

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
