import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { SubscriptionStore } from '../../src/alerts/stores/subscription-store.ts';
import { WebhookKeys } from '../../src/alerts/stores/webhook-keys.ts';
import { createSealer } from '../../src/platform/seal.ts';
import { CLUSTER, subscription, TEST_SECRET_KEY } from '../support/alerts/alerts-app.ts';
import { drained } from '../support/alerts/drained-queues.ts';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';
import { waitForRedisReady } from '../support/redis-ready.ts';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack/signed-request.ts';
import { type RecordedCall, type SlackRecorder, startSlackRecorder } from '../support/slack/slack-recorder.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * One failure and its recovery fanned out to 30 subscribed Slack channels, through the real alert
 * path (webhook → engine → notify queue → Slack adapter) against a recorder that enforces Slack's
 * tiers like Slack: over a method's budget it answers 429 + Retry-After. Small budgets keep the test
 * fast, and the app's budgets (SLACK_RATE_*) are exactly the recorder's tiers: a call counts from
 * when Slack answered it (settled), so however late it arrives, the app never runs ahead of Slack.
 */
const CHANNELS = Array.from({ length: 30 }, (_, i) => `C0FAN${String(i).padStart(2, '0')}`);
const TIERS = {
  'chat.update': [{ max: 10, ms: 1_000, per: 'workspace' as const }],
  'chat.postMessage': [{ max: 1, ms: 1_000, per: 'channel' as const }],
};
const FAILING = helmReleaseEvent({ second: 0 });
const RECOVERY = helmReleaseEvent({
  second: 60,
  severity: 'info',
  reason: 'UpgradeSucceeded',
  message: 'Helm upgrade succeeded for release cluster-config/podinfo with chart podinfo@6.5.5',
});

/** The most calls inside any `ms`-long stretch. */
function busiest(calls: RecordedCall[], ms: number): number {
  const times = calls.map((c) => c.at);
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + ms).length));
}

interface FanOut {
  app: Fluxops;
  slack: SlackRecorder;
  redis: Redis;
  close(): Promise<void>;
}

/** The app with Slack pointed at a tier-enforcing recorder, 30 channels subscribed to CLUSTER. */
async function startFanOut(env: Record<string, string>): Promise<FanOut & { key: string }> {
  const slack = await startSlackRecorder({ tiers: TIERS });
  const config = testConfig({
    FLUXOPS_SECRET_KEY: TEST_SECRET_KEY,
    FLUXOPS_PUBLIC_URL: 'https://fluxops.example.com',
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
    SLACK_API_URL: slack.apiUrl,
    ALERT_BURST: '100',
    ...env,
  });
  const app = await startTestApp(config);
  await waitForRedisReady(app.url!);
  const redis = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
  const subscriptions = new SubscriptionStore(redis, config.queuePrefix);
  for (const channel of CHANNELS) await subscriptions.add(subscription('slack', channel, { cluster: CLUSTER }));
  const key = await new WebhookKeys(redis, config.queuePrefix, createSealer(TEST_SECRET_KEY)).rotate(CLUSTER);
  return {
    app,
    slack,
    redis,
    key,
    async close() {
      await app.close();
      redis.disconnect();
      await slack.close();
    },
  };
}

/** Posts the failure, waits for its 30 alerts, posts the recovery, waits for 30 recoveries. */
async function failAndRecover({ app, slack, key }: FanOut & { key: string }): Promise<void> {
  expect((await postFluxEvent(app.url!, CLUSTER, FAILING, key)).status).toBe(202);
  const alertPosts = () =>
    slack.of('chat.postMessage').filter((c) => c.status === 200 && c.response?.ok && !c.params.thread_ts);
  await until(
    () => `30 alert posts (have ${alertPosts().length})`,
    () => alertPosts().length === 30,
    {
      timeoutMs: 30_000,
    },
  );
  expect((await postFluxEvent(app.url!, CLUSTER, RECOVERY, key)).status).toBe(202);
  const recovered = () =>
    slack
      .of('chat.postMessage')
      .filter((c) => c.response?.ok && c.params.thread_ts && /Recovered/.test(String(c.params.text)));
  const resolved = () =>
    slack.of('chat.update').filter((c) => c.response?.ok && /Resolved/.test(String(c.params.text)));
  await until(
    () => `30 recoveries and 30 resolved alerts (have ${recovered().length} and ${resolved().length})`,
    () => recovered().length === 30 && resolved().length === 30,
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  await drained(app.redisUrl, app.config.queuePrefix);
}

describe('a recovery fanned out to 30 Slack channels', () => {
  let run: (FanOut & { key: string }) | undefined;
  afterAll(async () => {
    await run?.close();
  });

  it('finishes with zero 429s, inside the tiers, every channel resolved and recovered once', async () => {
    run = await startFanOut({ SLACK_RATE_CHAT_UPDATE: '10/1s', SLACK_RATE_POST_MESSAGE: '1/1s' });
    await failAndRecover(run);
    const { slack } = run;
    const chat = slack.calls.filter((c) => c.method.startsWith('chat.'));
    expect(chat.filter((c) => c.status === 429)).toEqual([]);
    const updates = slack.of('chat.update');
    expect(busiest(updates, 1_000)).toBeLessThanOrEqual(10);
    // Each channel: one alert post, one "Resolved" edit, one recovery reply in the alert's thread.
    for (const channel of CHANNELS) {
      const inChannel = chat.filter((c) => c.params.channel === channel);
      const [alert, ...rest] = inChannel;
      expect(alert?.method).toBe('chat.postMessage');
      expect(rest.filter((c) => c.method === 'chat.update').map((c) => c.params.ts)).toEqual([alert?.response?.ts]);
      expect(rest.filter((c) => c.method === 'chat.postMessage').map((c) => c.params.thread_ts)).toEqual([
        alert?.response?.ts,
      ]);
    }
    // Paced, not sent at once: 30 edits at 10 a window need at least two more windows after the first.
    expect(updates.at(-1)!.at - updates[0]!.at).toBeGreaterThanOrEqual(2 * 1_000 - 50);
  }, 120_000);
});

describe('the same fan-out with budgets above the tiers', () => {
  let run: (FanOut & { key: string }) | undefined;
  afterAll(async () => {
    await run?.close();
  });

  it('is refused with 429s by the recorder, and still ends with every channel resolved and recovered', async () => {
    run = await startFanOut({ SLACK_RATE_CHAT_UPDATE: '100/1s', SLACK_RATE_POST_MESSAGE: '10/1s' });
    await failAndRecover(run);
    const refused = run.slack.of('chat.update').filter((c) => c.status === 429);
    expect(refused.length).toBeGreaterThan(0);
  }, 120_000);
});
