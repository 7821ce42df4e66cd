import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fluxops, startFluxops } from '../../app/start-fluxops.ts';
import { WebhookKeys } from '../../src/alerts/stores/webhook-keys.ts';
import type { Config } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { createSealer } from '../../src/platform/seal.ts';
import { CLUSTER, TEST_SECRET_KEY } from '../support/alerts/alerts-app.ts';
import { drained } from '../support/alerts/drained-queues.ts';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';
import { waitForRedisReady } from '../support/redis-ready.ts';
import { commandBody, postSigned, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack/signed-request.ts';
import { type RecordedCall, type SlackRecorder, startSlackRecorder } from '../support/slack/slack-recorder.ts';
import { channelConversation, message, postActivity } from '../support/teams/activities.ts';
import { cardOf, cardText } from '../support/teams/card-reading.ts';
import {
  type ConnectorCall,
  type ConnectorStandIn,
  startConnectorStandIn,
} from '../support/teams/connector-stand-in.ts';
import { deleteKeys, startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * The alert stream acceptance proven at the wire: the real Slack and Teams adapters talk to the
 * Slack Web API recorder and the Bot Framework connector stand-in. 1,000 failures of one HelmRelease
 * (a restart after 500, then the last 100 replayed) are one Slack message and one Teams card, each
 * edited in place; the recovery is one reply in each alert's thread.
 */
const SLACK_CHANNEL = 'C0ONCALL';
const FAILING = 'HelmRelease cluster-config/podinfo is failing on flux-demo-arc';
const RESOLVED = 'Resolved: HelmRelease cluster-config/podinfo failure on flux-demo-arc';
const RECOVERED = 'Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc';

/** Every text of a Slack call (fallback text and blocks), flattened. */
function slackText(call: RecordedCall): string {
  return `${String(call.params.text ?? '')}\n${JSON.stringify(call.params.blocks ?? [])}`;
}

/** The "Occurrences" field a Slack alert message shows (absent on the first, single occurrence). */
function slackOccurrences(call: RecordedCall): number | undefined {
  const match = /\*Occurrences\*\\n(\d+)/.exec(JSON.stringify(call.params.blocks ?? []));
  return match ? Number(match[1]) : undefined;
}

/** The "Occurrences" value of a Teams alert card (FactSet title/value, flattened by cardText). */
function teamsOccurrences(call: ConnectorCall): number | undefined {
  const match = /Occurrences\n(\d+)/.exec(cardText(cardOf(call)));
  return match ? Number(match[1]) : undefined;
}

/** Jobs not finished yet in the alert and notify queues: what a restart now interrupts. */
async function pendingJobs(redisUrl: string, prefix: string): Promise<number> {
  const queues = ['alert-events', 'notify'].map((name) => new Queue(name, { connection: { url: redisUrl }, prefix }));
  try {
    const counts = await Promise.all(
      queues.map((queue) => queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
    );
    return counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

describe('alert stream of one failing HelmRelease, at the Slack and Teams wire', () => {
  let slack: SlackRecorder;
  let connector: ConnectorStandIn;
  let config: Config;
  let app: Fluxops;
  let redis: Redis;
  let key: string;
  const teamsChannel = channelConversation();
  /** Calls recorded before the alert stream starts (the subscribe commands' own replies). */
  let slackBefore = 0;
  let teamsBefore = 0;

  const slackCalls = () =>
    slack.calls.slice(slackBefore).filter((c) => c.method.startsWith('chat.') && c.params.channel === SLACK_CHANNEL);
  const teamsCalls = () => connector.calls.slice(teamsBefore);

  const post = async (events: unknown[]) => {
    for (let start = 0; start < events.length; start += 50) {
      const statuses = await Promise.all(
        events
          .slice(start, start + 50)
          .map(async (event) => (await postFluxEvent(app.url!, CLUSTER, event, key)).status),
      );
      expect(statuses.filter((status) => status !== 202)).toEqual([]);
    }
  };

  beforeAll(async () => {
    slack = await startSlackRecorder();
    connector = await startConnectorStandIn();
    config = testConfig({
      FLUXOPS_SECRET_KEY: TEST_SECRET_KEY,
      FLUXOPS_PUBLIC_URL: 'https://fluxops.example.com',
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_API_URL: slack.apiUrl,
    });
    // The first process is started without the test wrapper, so its Redis state survives the restart.
    app = await startFluxops(config, { logger: createLogger('silent') });
    await waitForRedisReady(app.url!);
    redis = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
    key = await new WebhookKeys(redis, config.queuePrefix, createSealer(TEST_SECRET_KEY)).rotate(CLUSTER);
  });
  afterAll(async () => {
    await app?.close();
    redis?.disconnect();
    if (config) await deleteKeys('redis://127.0.0.1:6379', config.queuePrefix);
    await slack?.close();
    await connector?.close();
  });

  it('subscribes a Slack channel and a Teams channel through their adapters', async () => {
    const ack = await postSigned(
      `${app.url}/slack/events`,
      commandBody({
        text: `alerts subscribe --cluster ${CLUSTER}`,
        channel: SLACK_CHANNEL,
        responseUrl: slack.responseUrl('subscribe'),
      }),
    );
    expect(ack.status).toBe(200);
    const sent = await postActivity(
      app.url!,
      message(connector.url, teamsChannel, `alerts subscribe --cluster ${CLUSTER}`, { mention: true }),
    );
    expect(sent.status).toBe(200);
    const subscribed = /now receives Flux alerts/;
    await until(
      'the Slack subscribe reply',
      () => slack.calls.some((c) => c.params.channel === SLACK_CHANNEL && subscribed.test(slackText(c))),
      { timeoutMs: 20_000 },
    );
    await until(
      'the Teams subscribe reply',
      () => connector.calls.some((c) => subscribed.test(cardText(cardOf(c)) || String(c.activity.text ?? ''))),
      { timeoutMs: 20_000 },
    );
    await drained(app.redisUrl, config.queuePrefix);
    slackBefore = slack.calls.length;
    teamsBefore = connector.calls.length;
  });

  it('posts one Slack message and one Teams card for 1,000 identical failures across a restart, then edits them', async () => {
    const failures = Array.from({ length: 1000 }, (_, second) => helmReleaseEvent({ second }));
    await post(failures.slice(0, 500));
    // The alert is out on both platforms while the rest of the first 500 is still queued or in flight.
    await until('the Slack alert post', () => slackCalls().some((c) => c.method === 'chat.postMessage'), {
      timeoutMs: 20_000,
    });
    await until('the Teams alert card', () => teamsCalls().some((c) => c.method === 'POST'), { timeoutMs: 20_000 });
    expect(await pendingJobs(app.redisUrl, config.queuePrefix)).toBeGreaterThan(0);
    await app.close();
    app = await startTestApp(config);
    await waitForRedisReady(app.url!);
    // A controller re-sends what it is unsure about after our restart: the last 100 again, then the rest.
    await post([...failures.slice(400, 500), ...failures.slice(500)]);
    await drained(app.redisUrl, config.queuePrefix);

    const calls = slackCalls();
    const posts = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    const [alert] = posts as [RecordedCall];
    expect(alert).toBe(calls[0]);
    expect(alert.params.thread_ts).toBeUndefined();
    expect(slackText(alert)).toContain(FAILING);
    const ts = alert.response?.ts;
    expect(ts).toMatch(/^\d+\.\d{6}$/);
    const updates = calls.slice(1);
    expect(updates.length).toBeGreaterThanOrEqual(1);
    for (const update of updates) {
      expect(update.method).toBe('chat.update');
      expect(update.params.ts).toBe(ts);
    }
    expect(calls.every((c) => c.status === 200 && c.authorized)).toBe(true);
    // Edits only ever move forward, and the last one shows every occurrence.
    const counts = calls.map((c) => slackOccurrences(c) ?? 1);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const final = updates.at(-1)!;
    expect(slackOccurrences(final)).toBe(1000);
    expect(slackText(final)).toContain(FAILING);
    expect(slackText(final)).toContain('UpgradeFailed');

    const cards = teamsCalls();
    const teamsPosts = cards.filter((c) => c.method === 'POST');
    expect(teamsPosts).toHaveLength(1);
    const [card] = teamsPosts as [ConnectorCall];
    expect(card).toBe(cards[0]);
    expect(card.conversationId).toBe(teamsChannel.id.split(';messageid=')[0]);
    expect(cardText(cardOf(card))).toContain(FAILING);
    const teamsUpdates = cards.slice(1);
    expect(teamsUpdates.length).toBeGreaterThanOrEqual(1);
    for (const update of teamsUpdates) {
      expect(update.method).toBe('PUT');
      expect(update.conversationId).toBe(teamsChannel.id.split(';messageid=')[0]);
      expect(update.targetId).toBe(card.id);
    }
    const teamsCounts = cards.map((c) => teamsOccurrences(c) ?? 1);
    expect(teamsCounts).toEqual([...teamsCounts].sort((a, b) => a - b));
    expect(teamsOccurrences(teamsUpdates.at(-1)!)).toBe(1000);
    expect(cardText(cardOf(teamsUpdates.at(-1)!))).toContain(FAILING);
  }, 90_000);

  it('answers the recovery with one reply in each alert thread and marks both alerts resolved', async () => {
    const alert = slackCalls()[0]!;
    const card = teamsCalls()[0]!;
    const slackSeen = slackCalls().length;
    const teamsSeen = teamsCalls().length;
    await post([
      helmReleaseEvent({
        second: 2000,
        severity: 'info',
        reason: 'UpgradeSucceeded',
        message: 'Helm upgrade succeeded for release cluster-config/podinfo with chart podinfo@6.5.5',
      }),
    ]);
    await drained(app.redisUrl, config.queuePrefix);

    const calls = slackCalls();
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
    const replies = calls.filter((c) => c.params.thread_ts !== undefined);
    expect(replies).toHaveLength(1);
    const [reply] = replies as [RecordedCall];
    expect(reply.method).toBe('chat.postMessage');
    expect(reply.params.thread_ts).toBe(alert.response?.ts);
    expect(slackText(reply)).toContain(RECOVERED);
    expect(slackText(reply)).toContain('reported 1000 times');
    const since = calls.slice(slackSeen).filter((c) => c !== reply);
    expect(since.map((c) => [c.method, c.params.ts])).toEqual([['chat.update', alert.response?.ts]]);
    expect(slackText(since[0]!)).toContain(RESOLVED);

    const cards = teamsCalls();
    const newCards = cards.filter((c) => c.method === 'POST');
    expect(newCards).toHaveLength(2);
    const teamsReply = newCards[1]!;
    expect(teamsReply.conversationId).toBe(`${teamsChannel.id.split(';messageid=')[0]};messageid=${card.id}`);
    expect(cardText(cardOf(teamsReply))).toContain(RECOVERED);
    expect(cardText(cardOf(teamsReply))).toContain('reported 1000 times');
    const teamsSince = cards.slice(teamsSeen).filter((c) => c !== teamsReply);
    expect(teamsSince.map((c) => [c.method, c.targetId])).toEqual([['PUT', card.id]]);
    expect(cardText(cardOf(teamsSince[0]!))).toContain(RESOLVED);
  }, 30_000);
});
