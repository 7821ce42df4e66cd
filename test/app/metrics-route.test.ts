import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { WebhookKeys } from '../../src/alerts/stores/webhook-keys.ts';
import { createSealer } from '../../src/platform/seal.ts';
import { TEST_SECRET_KEY } from '../support/alerts/alerts-app.ts';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';
import { chat, lastReply } from '../support/console/console-client.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { until } from '../support/until.ts';

/**
 * GET /metrics on a running app (sandbox, real Redis): the series docs/metrics.md promises exist,
 * and they move when a command runs, ARM throttles it (the stand-in's fault) and a Flux event arrives.
 */
const LIST = 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters';

async function scrape(app: Fluxops): Promise<string> {
  const response = await fetch(`${app.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one series (name with its labels, exactly as exposed), 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('GET /metrics', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp(testConfig({ FLUXOPS_SECRET_KEY: TEST_SECRET_KEY }));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exposes the process, queue, command, ARM, chat, alert and webhook series', async () => {
    const text = await scrape(app);
    for (const name of [
      'fluxops_process_cpu_user_seconds_total',
      'fluxops_nodejs_heap_size_used_bytes',
      'fluxops_queue_jobs',
      'fluxops_chat_requests_total',
      'fluxops_commands_total',
      'fluxops_job_duration_seconds',
      'fluxops_job_queue_wait_seconds',
      'fluxops_arm_requests_total',
      'fluxops_arm_operation_duration_seconds',
      'fluxops_compliance_follow_seconds',
      'fluxops_alert_events_total',
      'fluxops_alert_messages_total',
      'fluxops_alert_lag_seconds',
      'fluxops_chat_deliveries_total',
      'fluxops_chat_rate_limit_waits_total',
      'fluxops_webhook_rejections_total',
      'fluxops_redis_errors_total',
    ]) {
      expect(text, name).toContain(`# TYPE ${name} `);
    }
  });

  it('moves when a command runs, ARM throttles, and a webhook is refused', async () => {
    const before = await scrape(app);
    app.sandbox!.faults.parse('throttle:1@GET');
    expect(lastReply(await chat(app.url!, LIST)).status).toBe('succeeded');
    const bad = await postFluxEvent(app.url!, 'flux-demo-arc', helmReleaseEvent(), 'not-the-key');
    expect(bad.status).toBe(401);

    const after = await until('the finished command in the metrics', async () => {
      const text = await scrape(app);
      const done = 'fluxops_commands_total{kind="flux.list",status="succeeded"}';
      return value(text, done) > value(before, done) ? text : undefined;
    });
    const delta = (series: string) => value(after, series) - value(before, series);
    expect(delta('fluxops_chat_requests_total{platform="console",outcome="queued"}')).toBe(1);
    expect(delta('fluxops_arm_requests_total{method="GET",status="429"}')).toBe(1);
    expect(delta('fluxops_arm_requests_total{method="GET",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(delta('fluxops_webhook_rejections_total{reason="signature"}')).toBe(1);
    expect(delta('fluxops_job_duration_seconds_count{queue="commands"}')).toBe(1);
    expect(delta('fluxops_chat_deliveries_total{platform="console",result="delivered"}')).toBeGreaterThanOrEqual(1);
    expect(value(after, 'fluxops_queue_jobs{queue="commands",state="wait"}')).toBe(0);
  });

  it('counts a Flux event by source and transition, and its lag', async () => {
    const redis = new Redis(app.redisUrl, { maxRetriesPerRequest: 1 });
    const key = await new WebhookKeys(redis, app.config.queuePrefix, createSealer(TEST_SECRET_KEY)).rotate(
      'flux-demo-aks',
    );
    redis.disconnect();
    const before = await scrape(app);
    const failure = helmReleaseEvent({ name: 'metrics-probe', severity: 'error', reason: 'InstallFailed' });
    expect((await postFluxEvent(app.url!, 'flux-demo-aks', failure, key)).status).toBe(202);
    const opened = 'fluxops_alert_events_total{source="webhook",transition="open"}';
    const after = await until('the event in the metrics', async () => {
      const text = await scrape(app);
      return value(text, opened) > value(before, opened) ? text : undefined;
    });
    expect(value(after, 'fluxops_alert_lag_seconds_count') - value(before, 'fluxops_alert_lag_seconds_count')).toBe(1);
  });
});
