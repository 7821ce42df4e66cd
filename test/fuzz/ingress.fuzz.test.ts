import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { SubscriptionStore } from '../../src/alerts/stores/subscription-store.ts';
import { WebhookKeys } from '../../src/alerts/stores/webhook-keys.ts';
import { createSealer } from '../../src/platform/seal.ts';
import { CLUSTER, subscription, TEST_SECRET_KEY } from '../support/alerts/alerts-app.ts';
import { consoleBody, fluxEventBody, slackBody, teamsActivity } from '../support/fuzz/ingress-bodies.ts';
import { Latencies } from '../support/fuzz/latencies.ts';
import { heapAfterGc } from '../support/heap.ts';
import { commandBody, postSigned, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../support/slack/signed-request.ts';
import { type SlackRecorder, startSlackRecorder } from '../support/slack/slack-recorder.ts';
import { type ConnectorStandIn, startConnectorStandIn } from '../support/teams/connector-stand-in.ts';
import { startTeamsApp } from '../support/teams/teams-app.ts';

/**
 * 6,000 generated requests at the HTTP ingresses of one running app (sandbox: Teams with authentication
 * off and the console; Slack with its signing secret; the Flux webhook with a rotated key), one at a
 * time: the webhook (signed and unsigned bodies), Slack (signed commands, forms, payloads, button clicks), Teams
 * (activities) and the console. No request gets a 5xx or goes unanswered, each ingress's handling p99
 * stays under 50 ms of CPU time and 250 ms of wall time (a freeze guard measured here, not a speed
 * goal; the process's CPU time is what a request costs, wall time also counts the other work on a
 * shared machine), and the heap after the run is within 48 MB of the heap before it (the recorders
 * keep what they were sent; the app must not).
 */
const RUNS_PER_INGRESS = 1_500;
/** The work one request may cost, in CPU time (p99). */
const P99_CPU_MS = 50;
/** Wall time adds whatever else shares the cores (a loaded two-core machine doubles the tail): a freeze guard. */
const P99_WALL_MS = 250;

/** The run's freeze guard: CPU-time p99 within the work bound, wall-time p99 within the loose one. */
function expectResponsive(latencies: Latencies): void {
  expect(latencies.cpu).toHaveLength(RUNS_PER_INGRESS);
  expect(latencies.p99('cpu')).toBeLessThanOrEqual(P99_CPU_MS);
  expect(latencies.p99('wall')).toBeLessThanOrEqual(P99_WALL_MS);
}
const HEAP_GROWTH_BYTES = 48 * 1024 * 1024;

describe('fuzz: HTTP ingress', () => {
  let recorder: SlackRecorder;
  let connector: ConnectorStandIn;
  let app: Fluxops;
  let redis: Redis;
  let key: string;
  let heapBefore: number;

  const postWebhook = async (body: string, signature: string | undefined) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (signature !== undefined) headers['x-signature'] = signature;
    const response = await fetch(`${app.url}/webhooks/flux/${CLUSTER}`, { method: 'POST', headers, body });
    await response.arrayBuffer();
    return response.status;
  };
  const sign = (body: string) => `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;

  const postTeams = async (activity: unknown) => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    await response.arrayBuffer();
    return response.status;
  };

  /** The console streams until a job's final reply; its handling is the first line, the immediate answer. */
  const postConsole = async (body: unknown) => {
    const response = await fetch(`${app.url}/console/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    await reader?.cancel();
    expect(first?.done === false || response.status !== 200).toBe(true);
    return response.status;
  };

  beforeAll(async () => {
    recorder = await startSlackRecorder();
    connector = await startConnectorStandIn();
    app = await startTeamsApp({
      FLUXOPS_SECRET_KEY: TEST_SECRET_KEY,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_API_URL: recorder.apiUrl,
    });
    redis = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
    key = await new WebhookKeys(redis, app.config.queuePrefix, createSealer(TEST_SECRET_KEY)).rotate(CLUSTER);
    // Accepted events are routed through the pattern that froze the process before it ran on RE2.
    await new SubscriptionStore(redis, app.config.queuePrefix).add(
      subscription('slack', 'C0FUZZ', { severity: 'info', exclude: '^([A-Za-z/-]+)+X$' }),
    );
    // Warm every path once before the heap is measured: first use compiles and caches.
    for (const text of ['help', 'flux list', '\u0001']) {
      await postSigned(`${app.url}/slack/events`, commandBody({ text, responseUrl: recorder.responseUrl('warm') }));
      await postConsole({ user: 'alice', channel: 'fuzz', text });
    }
    heapBefore = heapAfterGc();
  }, 60_000);
  afterAll(async () => {
    redis?.disconnect();
    await app?.close();
    await connector?.close();
    await recorder?.close();
  });

  it('webhook: signed bodies get 202 or 400, unsigned ones 401', async () => {
    const latencies = new Latencies();
    await fc.assert(
      fc.asyncProperty(fluxEventBody, fc.constantFrom('signed', 'none', 'wrong'), async (body, how) => {
        const signature = how === 'signed' ? sign(body) : how === 'wrong' ? sign(`${body} `) : undefined;
        const status = await latencies.time(() => postWebhook(body, signature));
        if (how === 'signed') expect([202, 400]).toContain(status);
        else expect(status).toBe(401);
      }),
      { numRuns: RUNS_PER_INGRESS },
    );
    expectResponsive(latencies);
  });

  it('Slack: signed commands, forms and payloads get 200, 400 or 404', async () => {
    const latencies = new Latencies();
    await fc.assert(
      fc.asyncProperty(slackBody(recorder.responseUrl('fuzz')), async (body) => {
        const status = await latencies.time(async () => {
          const response = await postSigned(`${app.url}/slack/events`, body);
          await response.arrayBuffer();
          return response.status;
        });
        expect([200, 400, 404]).toContain(status);
      }),
      { numRuns: RUNS_PER_INGRESS },
    );
    expectResponsive(latencies);
  });

  it('Teams: activities get an answer under 500', async () => {
    const latencies = new Latencies();
    await fc.assert(
      fc.asyncProperty(teamsActivity(connector.url), async (activity) => {
        const status = await latencies.time(() => postTeams(activity));
        expect(status).toBeLessThan(500);
      }),
      { numRuns: RUNS_PER_INGRESS },
    );
    expectResponsive(latencies);
  });

  it('console: messages get 200 with a first line, or 400', async () => {
    const latencies = new Latencies();
    await fc.assert(
      fc.asyncProperty(consoleBody, async (body) => {
        const status = await latencies.time(() => postConsole(body));
        expect([200, 400]).toContain(status);
      }),
      { numRuns: RUNS_PER_INGRESS },
    );
    expectResponsive(latencies);
  });

  it('leaves the heap within 48 MB of where it started', async () => {
    expect(heapAfterGc() - heapBefore).toBeLessThan(HEAP_GROWTH_BYTES);
  });
});
