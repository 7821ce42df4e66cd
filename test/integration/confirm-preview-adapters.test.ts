import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../adapters/slack/render/action-ids.ts';
import { renderCard } from '../../adapters/teams/render-card.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { PREVIEW_QUEUE } from '../../jobs/command-queue.ts';
import { NOTIFY_QUEUE } from '../../jobs/queue-names.ts';
import { cancelledReply } from '../../src/replies/submit-replies.ts';
import { previewKeyFor } from '../../src/submit/confirm-preview.ts';
import { parseOk } from '../support/commands/parse.ts';
import { commandBody, postSigned } from '../support/slack/signed-request.ts';
import { type SlackTestApp, startSlackTestApp } from '../support/slack/slack-test-app.ts';
import { cardInvoke, message, personalConversation, postActivity } from '../support/teams/activities.ts';
import { cardOf, cardStatus, cardText } from '../support/teams/card-reading.ts';
import {
  type ConnectorCall,
  type ConnectorStandIn,
  startConnectorStandIn,
} from '../support/teams/connector-stand-in.ts';
import { startTeamsApp } from '../support/teams/teams-app.ts';
import { until } from '../support/until.ts';

/**
 * How each chat platform shows a confirmation preview: Teams replaces the prompt card with the live
 * impact and keeps its buttons, and drops a preview that comes after the click; Slack, whose prompt
 * came in the ack (no message ts to edit), keeps the static prompt and posts nothing more.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

/** Resolves once the preview job `key` completed and every notify job it caused was delivered. */
async function previewDelivered(app: Fluxops, events: QueueEvents, key: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview ${key} did not complete`)), 10_000);
    const onCompleted = ({ jobId }: { jobId: string }) => {
      if (jobId !== key) return;
      clearTimeout(timer);
      events.off('completed', onCompleted);
      resolve();
    };
    events.on('completed', onCompleted);
  });
  const notify = new Queue(NOTIFY_QUEUE, { connection: { url: app.redisUrl }, prefix: app.config.queuePrefix });
  try {
    let counts: Record<string, number> = {};
    await until(
      () => `the notify queue to drain (${JSON.stringify(counts)})`,
      async () => {
        counts = await notify.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(counts).every((n) => n === 0);
      },
      { timeoutMs: 10_000 },
    );
  } finally {
    await notify.close();
  }
}

function previewEvents(app: Fluxops): QueueEvents {
  return new QueueEvents(PREVIEW_QUEUE, { connection: { url: app.redisUrl }, prefix: app.config.queuePrefix });
}

describe('confirmation previews in Teams', () => {
  let app: Fluxops;
  let connector: ConnectorStandIn;
  let events: QueueEvents;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    app = await startTeamsApp();
    events = previewEvents(app);
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events?.close();
    await app?.close();
    await connector?.close();
  });

  const updatesOf = (cardId: string) => connector.calls.filter((c) => c.method === 'PUT' && c.targetId === cardId);

  async function askToDelete() {
    const conversation = personalConversation();
    const activity = message(connector.url, conversation, `flux delete -n cluster-config ${ARC}`);
    expect((await postActivity(app.url!, activity)).status).toBe(200);
    const inConversation = (c: ConnectorCall) => c.conversationId === conversation.id;
    const [call] = (await connector.waitFor((calls) => calls.some(inConversation))).filter(inConversation);
    const confirm = cardOf(call!)?.actions?.find((a) => a.title === 'Confirm') as { data: { token: string } };
    return { conversation, call: call!, token: confirm.data.token };
  }

  it('replaces the prompt card with the live impact, keeping Confirm/Cancel and the token', async () => {
    const { call, token } = await askToDelete();
    expect(cardText(cardOf(call))).not.toContain('Live state');
    const updated = await connector.waitFor(() => updatesOf(call.id).length > 0);
    const preview = updated.find((c) => c.method === 'PUT' && c.targetId === call.id)!;
    expect(cardStatus(preview)).toBe('confirm');
    expect(cardText(cardOf(preview))).toContain('Live state: there is no flux configuration "cluster-config"');
    const buttons = (cardOf(preview)?.actions ?? []) as { title: string; data: { token: string; decision: string } }[];
    expect(buttons.map((b) => [b.title, b.data.decision, b.data.token])).toEqual([
      ['Confirm', 'confirm', token],
      ['Cancel', 'cancel', token],
    ]);
    // Only the prompt's own card was posted: the preview never makes a second one.
    expect(connector.calls.filter((c) => c.conversationId === call.conversationId && c.method === 'POST')).toHaveLength(
      1,
    );
  });

  it('drops a preview that arrives after the click, so the buttons do not come back', async () => {
    const { conversation, call, token } = await askToDelete();
    const delivered = previewDelivered(app, events, previewKeyFor('teams', token));
    const invoke = cardInvoke(connector.url, conversation, call.id, { fluxops: 'decision', token, decision: 'cancel' });
    const display = parseOk(`flux delete -n cluster-config ${ARC}`, null).display;
    expect((await postActivity(app.url!, invoke)).body).toMatchObject({
      value: renderCard(cancelledReply(display, 'Alice')),
    });
    await delivered;
    const updates = updatesOf(call.id);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.every((c) => cardStatus(c) === 'cancelled')).toBe(true);
  });
});

describe('confirmation previews in Slack', () => {
  let t: SlackTestApp;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await startSlackTestApp();
    events = previewEvents(t.app);
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events?.close();
    await t?.close();
  });

  it('keeps the prompt from the ack and posts no second prompt with live buttons', async () => {
    const response = await postSigned(
      t.eventsUrl,
      commandBody({
        text: `flux delete -n cluster-config ${ARC}`,
        triggerId: 'trig-preview-1',
        responseUrl: t.recorder.responseUrl('preview-1'),
      }),
    );
    const body = (await response.json()) as {
      response_type: string;
      blocks: { elements?: Record<string, unknown>[] }[];
    };
    expect(body.response_type).toBe('in_channel');
    const confirm = body.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === ACTION_IDS.confirm);
    const token = String(confirm?.value);

    await previewDelivered(t.app, events, previewKeyFor('slack', token));
    expect(t.recorder.of('chat.postMessage')).toHaveLength(0);
    expect(t.recorder.of('chat.update')).toHaveLength(0);
  });
});
