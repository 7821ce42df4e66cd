import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, lastReply } from '../support/console/console-client.ts';
import { commandBody, postSigned } from '../support/slack/signed-request.ts';
import { type SlackTestApp, startSlackTestApp } from '../support/slack/slack-test-app.ts';
import { message, personalConversation, postActivity } from '../support/teams/activities.ts';
import { cardOf, cardText } from '../support/teams/card-reading.ts';
import { type ConnectorStandIn, startConnectorStandIn } from '../support/teams/connector-stand-in.ts';

/**
 * Requests from a Slack workspace or Teams tenant fluxops does not serve are refused, and so is a
 * `--subscription` outside AZURE_SUBSCRIPTION_IDS; none of them queues anything or reaches ARM.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const SERVED_TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_SUBSCRIPTION = '99999999-9999-9999-9999-999999999999';

describe('workspace, tenant and subscription boundaries', () => {
  let t: SlackTestApp;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    t = await startSlackTestApp({ SLACK_TEAM_IDS: 'T0TEST', TEAMS_TENANT_IDS: SERVED_TENANT });
  });
  afterAll(async () => {
    await t?.close();
    await connector?.close();
  });

  it('refuses a Slack team other than SLACK_TEAM_IDS and answers the served one', async () => {
    const send = async (team: string, n: number) => {
      const body = commandBody({
        text: `flux list ${ARC}`,
        team,
        triggerId: `trig-team-${n}`,
        responseUrl: t.recorder.responseUrl(`team-${n}`),
      });
      return JSON.stringify(await (await postSigned(t.eventsUrl, body)).json());
    };
    const armBefore = t.app.sandbox!.requests.length;
    expect(await send('T0OTHER', 1)).toContain(
      'This fluxops serves the Slack workspaces T0TEST only; this request came from T0OTHER.',
    );
    await t.settle();
    expect(await t.commandJobCount()).toBe(0);
    expect(t.app.sandbox!.requests.length).toBe(armBefore);
    expect(await send('T0TEST', 2)).toContain('Queued');
  });

  it('refuses a Teams tenant other than TEAMS_TENANT_IDS', async () => {
    const conversation = personalConversation();
    expect((await postActivity(t.app.url!, message(connector.url, conversation, `flux list ${ARC}`))).status).toBe(200);
    const calls = await connector.waitFor((all) => all.some((c) => c.conversationId === conversation.id));
    const text = cardText(cardOf(calls.find((c) => c.conversationId === conversation.id)!));
    expect(text).toContain(`This fluxops serves the Microsoft Entra tenants ${SERVED_TENANT} only`);
  });

  it('refuses --subscription outside AZURE_SUBSCRIPTION_IDS, for commands and for use', async () => {
    const jobsBefore = await t.commandJobCount();
    const reply = lastReply(await chat(t.app.url!, `flux list ${ARC} --subscription ${OTHER_SUBSCRIPTION}`));
    expect(reply.text).toBe(
      `--subscription ${OTHER_SUBSCRIPTION} is not one fluxops may act on. Accepted: 00000000-0000-0000-0000-000000000000 (AZURE_SUBSCRIPTION_IDS). Nothing was run. Example: --subscription 00000000-0000-0000-0000-000000000000.`,
    );
    const use = lastReply(await chat(t.app.url!, `use ${ARC} --subscription ${OTHER_SUBSCRIPTION} --no-check`));
    expect(use.text).toContain('is not one fluxops may act on');
    expect(await t.commandJobCount()).toBe(jobsBefore);
  });
});

/**
 * Without SLACK_TEAM_IDS, fluxops serves the Slack workspace its bot token is installed in (read once
 * with auth.test, T0TEST on the recorder) and refuses signed requests from any other.
 */
describe('the installed Slack workspace when SLACK_TEAM_IDS is unset', () => {
  let t: SlackTestApp;

  beforeAll(async () => {
    t = await startSlackTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses another team, queues nothing, and answers the installed one', async () => {
    const send = async (team: string, n: number) => {
      const body = commandBody({
        text: `flux list ${ARC}`,
        team,
        triggerId: `trig-installed-${n}`,
        responseUrl: t.recorder.responseUrl(`installed-${n}`),
      });
      return JSON.stringify(await (await postSigned(t.eventsUrl, body)).json());
    };
    const armBefore = t.app.sandbox!.requests.length;
    expect(await send('T0OTHER', 1)).toContain(
      'This fluxops serves the Slack workspace it is installed in (T0TEST) only; this request came from T0OTHER.',
    );
    await t.settle();
    expect(await t.commandJobCount()).toBe(0);
    expect(t.app.sandbox!.requests.length).toBe(armBefore);
    expect(await send('T0TEST', 2)).toContain('Queued');
    // auth.test is read once, not per request.
    expect(t.recorder.of('auth.test')).toHaveLength(1);
  });
});
