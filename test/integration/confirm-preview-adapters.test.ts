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
import { chat, lastReply } from '../support/console/console-client.ts';
import { postedPrompt } from '../support/slack/posted-prompt.ts';
import { buttonBody, commandBody, postSigned } from '../support/slack/signed-request.ts';
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
 * impact and keeps its buttons, and drops a preview that comes after the click; Slack posts the
 * prompt as a message of its own and edits it with the live impact (chat.update), then the click's
 * outcome replaces it.
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
  // The tutorial's create, then its delete as the tutorial prints it (test/fixtures/tutorial/az-commands.json).
  const CREATE = `az k8s-configuration flux create ${ARC} -n cluster-config --namespace cluster-config --scope cluster \
-u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main \
--kustomization name=infra path=./infrastructure prune=true \
--kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]`;
  const TUTORIAL_DELETE =
    'az k8s-configuration flux delete -g flux-demo-rg -c flux-demo-arc -n cluster-config -t connectedClusters --yes';

  beforeAll(async () => {
    t = await startSlackTestApp();
    events = previewEvents(t.app);
    await events.waitUntilReady();
    expect(lastReply(await chat(t.app.url!, CREATE, 'alice', 'setup')).status).toBe('succeeded');
  }, 30_000);
  afterAll(async () => {
    await events?.close();
    await t?.close();
  });

  it("posts the tutorial's delete --yes prompt as a message, and the live prune preview edits it", async () => {
    const since = t.recorder.calls.length;
    const ack = await postSigned(
      t.eventsUrl,
      commandBody({
        text: TUTORIAL_DELETE,
        channel: 'C0PRUNE',
        triggerId: 'trig-preview-1',
        responseUrl: t.recorder.responseUrl('preview-1'),
      }),
    );
    expect(((await ack.json()) as { response_type: string }).response_type).toBe('ephemeral');
    const prompt = await postedPrompt(t.recorder, 'C0PRUNE', since);
    expect(JSON.stringify(prompt.call.params.blocks)).not.toContain('Prune will delete');

    await previewDelivered(t.app, events, previewKeyFor('slack', prompt.token));
    const updates = t.recorder.of('chat.update').filter((c) => c.params.channel === 'C0PRUNE');
    expect(updates.map((c) => c.params.ts)).toEqual([prompt.ts]);
    const preview = JSON.stringify(updates[0]!.params.blocks);
    expect(preview).toContain('Prune will delete');
    for (const name of ['nginx', 'redis', 'podinfo']) expect(preview).toContain(name);
    // Same token, same buttons: the preview is the prompt, completed.
    expect(preview).toContain(`"value":"${prompt.token}"`);
    expect(preview).toContain(ACTION_IDS.cancel);
    // Only the prompt was posted: the preview never made a second message.
    expect(t.recorder.of('chat.postMessage').filter((c) => c.params.channel === 'C0PRUNE')).toHaveLength(1);

    // The outcome replaces the prompt (the click's response_url), and nothing is deleted on Cancel.
    await postSigned(
      t.eventsUrl,
      buttonBody({
        actionId: ACTION_IDS.cancel,
        value: prompt.token,
        channel: 'C0PRUNE',
        messageTs: prompt.ts,
        responseUrl: t.recorder.responseUrl('preview-1-cancel'),
      }),
    );
    await t.recorder.waitFor((r) => r.responses.some((x) => x.id === 'preview-1-cancel'));
    const replaced = t.recorder.responses.find((x) => x.id === 'preview-1-cancel')!.body;
    expect(replaced).toMatchObject({ replace_original: true, response_type: 'in_channel' });
    expect(JSON.stringify(replaced.blocks)).toContain('Cancelled');
    expect(t.app.sandbox!.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  }, 30_000);
});
