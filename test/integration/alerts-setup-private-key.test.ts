import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';
import { commandBody, postSigned } from '../support/slack/signed-request.ts';
import type { RecordedCall } from '../support/slack/slack-recorder.ts';
import { type SlackTestApp, startSlackTestApp } from '../support/slack/slack-test-app.ts';
import { channelConversation, message, postActivity } from '../support/teams/activities.ts';
import { type ConnectorStandIn, startConnectorStandIn } from '../support/teams/connector-stand-in.ts';
import { until } from '../support/until.ts';

/**
 * `alerts setup` typed in a Slack channel, through the real receiver and the Web API recorder: the
 * Secret YAML with the HMAC key goes to the requester's direct message only, the channel hears that
 * it went there, a second setup hands out the same key instead of rotating it, and `--rotate` keeps
 * the previous key verifying events for WEBHOOK_KEY_GRACE (8 s here: long enough to deliver the direct message on a busy machine), then the old key gets 401.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CHANNEL = 'C0ALERTS';
const ADMIN = 'U0ADMIN';
const PUBLIC_URL = 'https://fluxops.example.com';

/** Every string a recorded Web API call carried, however deep in its blocks. */
function payloadText(call: RecordedCall): string {
  return JSON.stringify(call.params);
}

/** The HMAC key in a payload's YAML (`token: <64 hex>`), if any. */
function keyInPayload(text: string): string | undefined {
  return /token: ([0-9a-f]{64})/.exec(text.replace(/\\n/g, '\n'))?.[1];
}

/** The webhook path the Provider names (`/webhooks/flux/<cluster>/<digest>`). */
function webhookPathIn(text: string): string | undefined {
  return new RegExp(`${PUBLIC_URL}/webhooks/flux/([a-z0-9-]+/[0-9a-f]{32})`).exec(text)?.[1];
}

describe('alerts setup from a Slack channel', () => {
  let t: SlackTestApp;
  let sequence = 0;

  beforeAll(async () => {
    t = await startSlackTestApp({
      FLUXOPS_ADMINS: `slack:T0TEST/${ADMIN}`,
      FLUXOPS_PUBLIC_URL: PUBLIC_URL,
      WEBHOOK_KEY_GRACE: '8s',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Sends `/flux <text>` from the admin in the channel; resolves with the direct-message calls once the DM holds a key. */
  async function setup(text: string, dmCallsBefore: number): Promise<{ key: string; dm: RecordedCall[] }> {
    sequence += 1;
    const ack = await postSigned(
      t.eventsUrl,
      commandBody({
        text,
        channel: CHANNEL,
        user: ADMIN,
        triggerId: `trig-setup-${sequence}`,
        responseUrl: t.recorder.responseUrl(`setup-${sequence}`),
      }),
    );
    expect(ack.status).toBe(200);
    let dm: RecordedCall[] = [];
    await until('the key in a direct message', () => {
      dm = t.recorder.calls.filter((c) => c.method.startsWith('chat.') && c.params.channel === `D0ADMIN`);
      return dm.slice(dmCallsBefore).some((c) => keyInPayload(payloadText(c)) !== undefined);
    });
    // And the channel's own message reached its final state (it says where the key went).
    await until('the channel message saying the key went privately', () =>
      t.recorder.calls.some(
        (c) =>
          c.params.channel === CHANNEL &&
          payloadText(c).includes('alone (a direct message from fluxops)') &&
          payloadText(c).includes(sequence === 1 ? 'was issued' : sequence === 2 ? 'same key' : 'new webhook key'),
      ),
    );
    const key = dm
      .slice(dmCallsBefore)
      .map((c) => keyInPayload(payloadText(c)))
      .find((k) => k !== undefined);
    return { key: key!, dm };
  }

  it('sends the key to the requester privately, never to the channel, its thread or the ack', async () => {
    const { key, dm } = await setup(`alerts setup ${ARC}`, 0);
    expect(t.recorder.of('conversations.open').map((c) => c.params.users)).toContain(ADMIN);
    expect(dm.length).toBeGreaterThan(0);
    const elsewhere = t.recorder.calls.filter((c) => c.params.channel !== 'D0ADMIN');
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const call of elsewhere) expect(payloadText(call), call.method).not.toContain(key);
    for (const response of t.recorder.responses) expect(JSON.stringify(response.body)).not.toContain(key);
    expect(webhookPathIn(dm.map(payloadText).join('\n'))).toMatch(/^flux-demo-arc\/[0-9a-f]{32}$/);
  });

  it('hands out the same key again without --rotate, and --rotate keeps the old key valid for the grace, then 401', async () => {
    const dmBefore = () => t.recorder.calls.filter((c) => c.params.channel === 'D0ADMIN').length;
    const first = await setup(`alerts setup ${ARC}`, dmBefore());
    const path = webhookPathIn(first.dm.map(payloadText).join('\n'))!;
    const [cluster, digest] = path.split('/');
    const post = (key: string, second: number) =>
      postFluxEvent(t.app.url!, `${cluster}/${digest}`, helmReleaseEvent({ second }), key);
    expect((await post(first.key, 1)).status).toBe(202);

    const rotated = await setup(`alerts setup --rotate ${ARC}`, dmBefore());
    expect(rotated.key).not.toBe(first.key);
    expect((await post(rotated.key, 2)).status).toBe(202);
    // Within WEBHOOK_KEY_GRACE the deployed YAML's key still verifies.
    expect((await post(first.key, 3)).status).toBe(202);
    // After it, only the new key does.
    await until('the old key refused after the grace', async () => (await post(first.key, 4)).status === 401, {
      timeoutMs: 20_000,
    });
    expect((await post(rotated.key, 5)).status).toBe(202);
    // The cluster's key lives under its ARM id: the bare-name address knows no key.
    expect((await postFluxEvent(t.app.url!, cluster!, helmReleaseEvent({ second: 6 }), rotated.key)).status).toBe(401);
  });
});

/**
 * The same from a Teams channel, through the real Bot Framework receiver and a connector stand-in:
 * the key goes to a 1:1 chat the bot creates with the requester (by AAD object id), never to the channel.
 */
describe('alerts setup from a Teams channel', () => {
  let t: SlackTestApp;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    t = await startSlackTestApp({ FLUXOPS_PUBLIC_URL: PUBLIC_URL });
  });
  afterAll(async () => {
    await t?.close();
    await connector?.close();
  });

  it('creates a 1:1 chat with the requester for the YAML and tells the channel it went there', async () => {
    const channel = channelConversation();
    const from = { id: '29:aad-alice', name: 'Alice', aadObjectId: 'aad-alice' };
    const sent = await postActivity(
      t.app.url!,
      message(connector.url, channel, `alerts setup ${ARC}`, { from, mention: true }),
    );
    expect(sent.status).toBe(200);
    const oneOnOne = 'a:1on1-aad-alice';
    const calls = await connector.waitFor(
      (all) =>
        all.some((c) => c.conversationId === oneOnOne && keyInPayload(JSON.stringify(c.activity))) &&
        all.some((c) => c.conversationId === channel.id && JSON.stringify(c.activity).includes('a 1:1 chat')),
    );
    expect(connector.created.map((c) => c.parameters.members)).toEqual([[{ id: 'aad-alice', name: '' }]]);
    expect(connector.created[0]?.parameters.isGroup).toBe(false);
    const key = calls
      .filter((c) => c.conversationId === oneOnOne)
      .map((c) => keyInPayload(JSON.stringify(c.activity)))
      .find((k) => k !== undefined)!;
    for (const call of calls.filter((c) => c.conversationId !== oneOnOne))
      expect(JSON.stringify(call.activity)).not.toContain(key);
  });
});
