import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoleBindings } from '../../src/access/role-bindings.ts';
import type { Role } from '../../src/commands/role.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { commandBody, postSigned } from '../support/slack/signed-request.ts';
import { type SlackTestApp, startSlackTestApp } from '../support/slack/slack-test-app.ts';
import { message, personalConversation, postActivity } from '../support/teams/activities.ts';
import { cardOf, cardText } from '../support/teams/card-reading.ts';
import { type ConnectorStandIn, startConnectorStandIn } from '../support/teams/connector-stand-in.ts';

/**
 * 3 roles × {read, operate, change, destructive} × 3 adapters, through the real receivers (signed
 * Slack commands, Teams activities, the console). A refused command names the role it needs and who
 * can grant it, queues nothing and sends nothing to ARM.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const TENANT = '72f988bf-0000-0000-0000-000000000000';
const ADMINS = `slack:T0TEST/U0ADMIN,teams:${TENANT}/aad-admin,console:admin`;

const COMMANDS = {
  read: { text: `flux list ${ARC}`, needs: 'viewer' },
  operate: { text: `reconcile cluster-config ${ARC}`, needs: 'operator' },
  change: {
    text: `flux create -n cluster-config -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main ${ARC}`,
    needs: 'admin',
  },
  destructive: { text: `flux delete -n cluster-config ${ARC}`, needs: 'admin' },
} as const;
type Action = keyof typeof COMMANDS;
const ROLES: Role[] = ['viewer', 'operator', 'admin'];
const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };
const allowed = (role: Role, action: Action) => RANK[role] >= RANK[COMMANDS[action].needs];

const SLACK_USER: Record<Role, string> = { viewer: 'U0VIEW', operator: 'U0OPER', admin: 'U0ADMIN' };
const TEAMS_USER: Record<Role, string> = { viewer: 'aad-view', operator: 'aad-oper', admin: 'aad-admin' };
const CONSOLE_USER: Record<Role, string> = { viewer: 'view', operator: 'oper', admin: 'admin' };

type Send = (role: Role, text: string) => Promise<string>;

describe('who may do what, through every receiver', () => {
  let t: SlackTestApp;
  let connector: ConnectorStandIn;
  let redis: Redis;
  let sequence = 0;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    t = await startSlackTestApp({ FLUXOPS_ADMINS: ADMINS });
    redis = new Redis(t.app.redisUrl);
    const bindings = new RoleBindings(redis, t.app.config.queuePrefix);
    for (const role of ['viewer', 'operator'] as const) {
      await bindings.grant({ user: `slack:T0TEST/${SLACK_USER[role]}` }, role);
      await bindings.grant({ user: `teams:${TENANT}/${TEAMS_USER[role]}` }, role);
      await bindings.grant({ user: `console:${CONSOLE_USER[role]}` }, role);
    }
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.close();
    await connector?.close();
  });

  const slack: Send = async (role, text) => {
    sequence += 1;
    const body = commandBody({
      text,
      user: SLACK_USER[role],
      triggerId: `trig-access-${sequence}`,
      responseUrl: t.recorder.responseUrl(`access-${sequence}`),
    });
    const response = await postSigned(t.eventsUrl, body);
    return JSON.stringify(await response.json());
  };
  const teams: Send = async (role, text) => {
    const conversation = personalConversation();
    const from = { id: `29:${TEAMS_USER[role]}`, name: role, aadObjectId: TEAMS_USER[role] };
    expect((await postActivity(t.app.url!, message(connector.url, conversation, text, { from }))).status).toBe(200);
    const calls = await connector.waitFor((all) => all.some((c) => c.conversationId === conversation.id));
    return cardText(cardOf(calls.find((c) => c.conversationId === conversation.id)!));
  };
  const console: Send = async (role, text) => {
    const reply = lastReply(await chat(t.app.url!, text, CONSOLE_USER[role], 'ops'));
    return `${reply.title} ${reply.text ?? ''}`;
  };
  const adapters: [string, Send][] = [
    ['slack', slack],
    ['teams', teams],
    ['console', console],
  ];
  const cases = adapters.flatMap(([adapter, send]) =>
    ROLES.flatMap((role) => (Object.keys(COMMANDS) as Action[]).map((action) => ({ adapter, send, role, action }))),
  );

  it('refuses every command above the role, naming the role and the admins, with nothing queued and no ARM request', async () => {
    const armBefore = t.app.sandbox!.requests.length;
    const denied = cases.filter((c) => !allowed(c.role, c.action));
    expect(denied).toHaveLength(15);
    for (const { send, role, action } of denied) {
      const text = await send(role, COMMANDS[action].text);
      expect(text, `${role} ${action}`).toContain(`needs the ${COMMANDS[action].needs} role`);
      expect(text).toContain(`An admin can grant it: ${ADMINS.split(',').join(', ')}.`);
    }
    await t.settle();
    expect(await t.commandJobCount()).toBe(0);
    expect(t.app.sandbox!.requests.length).toBe(armBefore);
  });

  it('lets every role run what it covers: queued (the console follows the job to its end), or the confirmation for a delete', async () => {
    const runs = cases.filter((c) => allowed(c.role, c.action));
    expect(runs).toHaveLength(21);
    for (const { adapter, send, role, action } of runs) {
      // One configuration per adapter: a create over an existing one would ask first (create-over-existing.test.ts).
      const command = COMMANDS[action].text.replace(
        'flux create -n cluster-config',
        `flux create -n config-${adapter}`,
      );
      const text = await send(role, command);
      expect(text, `${adapter} ${role} ${action}`).not.toContain('Not allowed');
      if (action === 'destructive') expect(text, `${adapter} ${role}`).toContain('Confirm');
      else if (adapter !== 'console') expect(text, `${adapter} ${role} ${action}`).toContain('Queued');
    }
    // 3 adapters × (read ×3 roles + operate ×2 + change ×1); the deletes wait for Confirm.
    await t.waitForJobCount(18, 10_000);
  });

  it('audits each refusal with the role it needed and the binding that decided', async () => {
    const rows = lastReply(await chat(t.app.url!, 'audit', 'admin', 'ops')).tables?.[0]?.rows ?? [];
    const refusal = rows.find((r) => r[1] === 'view' && r[2] === 'denied' && r[3]?.startsWith('reconcile'));
    expect(refusal?.slice(3)).toEqual([
      `reconcile cluster-config ${ARC}`,
      'needs operator',
      'held viewer via user console:view',
    ]);
    const submitted = rows.find((r) => r[1] === 'oper' && r[2] === 'submitted' && r[3]?.startsWith('reconcile'));
    expect(submitted?.[5]).toBe('operator via user console:oper');
  });
});
