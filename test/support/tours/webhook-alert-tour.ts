import { expect } from 'vitest';
import { ConsoleBus } from '../../../adapters/console/console-bus.ts';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { createConnection } from '../../../jobs/connection.ts';
import { WebhookKeys } from '../../../src/alerts/stores/webhook-keys.ts';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { createSealer } from '../../../src/platform/seal.ts';
import { helmReleaseEvent, postFluxEvent } from '../alerts/flux-webhook.ts';
import { chat, lastReply } from '../console/console-client.ts';
import { until } from '../until.ts';

const CLUSTER = 'flux-demo-arc';
const FAILING = 'HelmRelease cluster-config/podinfo is failing on flux-demo-arc';
const RECOVERED = 'Recovered: HelmRelease cluster-config/podinfo on flux-demo-arc';

/**
 * The Flux webhook's alert flow, end to end on whatever Redis `app` uses: a console channel
 * subscribes from chat, notification-controller posts `failures` signed failure events of one
 * HelmRelease and then its recovery; the channel (heard through the console pub/sub, as a console
 * client hears it) gets one alert message, edited in place, and one recovery reply in its thread.
 * `secretKey` is the app's FLUXOPS_SECRET_KEY, to store the webhook key as `alerts setup` does.
 */
export async function runWebhookAlertTour(app: Fluxops, secretKey: string, failures = 40): Promise<void> {
  const logger = createLogger('silent');
  const prefix = app.config.queuePrefix;
  const store = createConnection(app.redis, 'worker', logger);
  const subscriber = createConnection(app.redis, 'worker', logger);
  const heard: NotifyMessage[] = [];
  try {
    await new ConsoleBus(subscriber, prefix).listen('oncall', (message) => heard.push(message));
    const key = await new WebhookKeys(store, prefix, createSealer(secretKey)).rotate(CLUSTER);
    const subscribed = lastReply(await chat(app.url!, `alerts subscribe --cluster ${CLUSTER}`, 'alice', 'oncall'));
    expect(subscribed.status, JSON.stringify(subscribed)).toBe('succeeded');

    // One after another, in time order, as notification-controller forwards one object's events.
    for (let second = 0; second < failures; second++) {
      expect((await postFluxEvent(app.url!, CLUSTER, helmReleaseEvent({ second }), key)).status).toBe(202);
    }
    const alert = await until(
      'the podinfo alert',
      () => heard.find((m) => m.reply.status === 'failed' && m.reply.title === FAILING),
      { timeoutMs: 20_000 },
    );
    expect(alert.threadOf).toBeUndefined();

    // Every failure counted into the one alert before the recovery is sent (the queue runs events in parallel).
    await until(
      () => `the alert to count ${failures} failures (heard ${JSON.stringify(heard.map((m) => m.reply.fields))})`,
      () => heard.some((m) => m.key === alert.key && m.reply.fields?.some((f) => f.value === String(failures))),
      { timeoutMs: 20_000 },
    );
    const recovery = helmReleaseEvent({
      second: failures + 60,
      severity: 'info',
      reason: 'UpgradeSucceeded',
      message: 'Helm upgrade succeeded for release cluster-config/podinfo with chart podinfo@6.5.5',
    });
    expect((await postFluxEvent(app.url!, CLUSTER, recovery, key)).status).toBe(202);
    const reply = await until(
      'the recovery reply in the alert thread',
      () => heard.find((m) => m.threadOf === alert.key),
      {
        timeoutMs: 20_000,
      },
    );
    expect(reply.reply.title).toBe(RECOVERED);
    const posts = new Set(heard.filter((m) => m.reply.status !== 'succeeded' || m.threadOf).map((m) => m.key));
    expect([...posts]).toEqual([alert.key, reply.key]);
    expect(heard.filter((m) => m.threadOf === alert.key).map((m) => m.key)).toEqual([reply.key]);
  } finally {
    store.disconnect();
    subscriber.disconnect();
  }
}
