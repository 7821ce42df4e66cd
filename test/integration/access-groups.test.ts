import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, lastReply } from '../support/console/console-client.ts';
import { commandBody, postSigned } from '../support/slack/signed-request.ts';
import { type SlackTestApp, startSlackTestApp } from '../support/slack/slack-test-app.ts';

/**
 * `access grant ROLE <!subteam^S…>` binds a Slack user group: its members (usergroups.users.list
 * through the Web API recorder, cached briefly) hold the role; others do not.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

describe('Slack user group bindings', () => {
  let t: SlackTestApp;
  let sequence = 0;

  beforeAll(async () => {
    t = await startSlackTestApp({ FLUXOPS_ADMINS: 'slack:T0TEST/U0ADMIN,console:admin' });
    t.recorder.setGroup('S0ONCALL', ['U0CAROL', 'U0ERIN']);
  });
  afterAll(async () => {
    await t?.close();
  });

  const slack = async (user: string, text: string) => {
    sequence += 1;
    const body = commandBody({
      text,
      user,
      triggerId: `trig-group-${sequence}`,
      responseUrl: t.recorder.responseUrl(`group-${sequence}`),
    });
    return JSON.stringify(await (await postSigned(t.eventsUrl, body)).json());
  };

  it('lets the members of a bound group run what the role covers, and nobody else', async () => {
    const granted = await slack('U0ADMIN', 'access grant operator <!subteam^S0ONCALL|@oncall>');
    expect(granted).toContain('group slack:T0TEST/S0ONCALL now holds operator.');
    const reconcile = `reconcile cluster-config ${ARC}`;
    expect(await slack('U0CAROL', reconcile)).toContain('Queued');
    expect(await slack('U0DAVE', reconcile)).toContain('needs the operator role');
    expect(await slack('U0CAROL', `flux delete -n cluster-config ${ARC}`)).toContain('needs the admin role');
    // Members are read once and cached: three lookups for carol and dave, one Web API call.
    expect(t.recorder.of('usergroups.users.list').map((c) => c.params.usergroup)).toEqual(['S0ONCALL']);
    // The audit names the group binding that allowed carol's reconcile.
    await t.waitForJobCount(1);
    expect(await slack('U0ADMIN', 'audit')).toContain('operator via group slack:T0TEST/S0ONCALL');
  });

  it('refuses a group binding outside Slack, saying what to bind instead', async () => {
    const reply = lastReply(await chat(t.app.url!, 'access grant operator @subteam^S0ONCALL', 'admin', 'ops'));
    expect(reply.status).toBe('failed');
    expect(reply.text).toContain('A user group is a Slack user group');
  });
});
