import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { AlertEngine } from '../../../src/alerts/engine/alert-engine.ts';
import type { FluxEvent } from '../../../src/alerts/engine/flux-event.ts';
import type { TransitionAction } from '../../../src/alerts/engine/transition.ts';
import { LateEvents } from '../../../src/alerts/stores/late-events.ts';
import { MuteStore } from '../../../src/alerts/stores/mute-store.ts';
import { ObjectConfigs } from '../../../src/alerts/stores/object-configs.ts';
import { SubscriptionStore } from '../../../src/alerts/stores/subscription-store.ts';
import { WatchedClusters } from '../../../src/alerts/stores/watched-clusters.ts';
import type { NotifyMessage } from '../../../src/notify/notify-port.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import { subscription } from '../../support/alerts/alerts-app.ts';
import { deleteKeys, testPrefix } from '../../support/test-app.ts';

/**
 * Two worker processes' engines — each its own Redis connection, same prefix — are handed the same
 * events at the same moment (a webhook retried to two web replicas, a watcher overlap at a lease
 * handover). The transitions are compare-and-set in Redis, so each incident opens once and resolves
 * once between them: the channel gets one alert message and one recovery per incident, not one per engine.
 */
const url = 'redis://127.0.0.1:6379';
const prefix = testPrefix();
const connections: Redis[] = [];
const posted: NotifyMessage[] = [];

afterAll(async () => {
  for (const c of connections) c.disconnect();
  await deleteKeys(url, prefix);
});

function engine(): AlertEngine {
  const redis = new Redis(url);
  connections.push(redis);
  return new AlertEngine({
    redis,
    prefix,
    notify: { notify: async (message) => void posted.push(message) },
    subscriptions: new SubscriptionStore(redis, prefix),
    mutes: new MuteStore(redis, prefix),
    clusters: new WatchedClusters(redis, prefix),
    configs: new ObjectConfigs(redis, prefix),
    burst: 1000,
    late: new LateEvents(redis, prefix),
    logger: createLogger('silent'),
  });
}

function event(name: string, second: number, health: 'failing' | 'healthy'): FluxEvent {
  return {
    cluster: 'flux-demo-arc',
    kind: 'HelmRelease',
    namespace: 'cluster-config',
    name,
    severity: health === 'failing' ? 'error' : 'info',
    reason: health === 'failing' ? 'UpgradeFailed' : 'UpgradeSucceeded',
    message: health === 'failing' ? `upgrade of ${name} failed` : `upgrade of ${name} succeeded`,
    time: new Date(Date.UTC(2026, 10, 22, 9, 0, second)).toISOString(),
    source: 'webhook',
    health,
  };
}

describe('two alert engines on one Redis', () => {
  it('open and resolve each incident once between them, however the same events interleave', async () => {
    const first = engine();
    const second = engine();
    await new SubscriptionStore(connections[0]!, prefix).add(subscription('slack', 'C-ONCALL'));
    const releases = Array.from({ length: 20 }, (_, i) => `release-${i}`);
    const failing = releases.flatMap((name, i) => [event(name, i, 'failing'), event(name, i + 1, 'failing')]);
    const healthy = releases.map((name, i) => event(name, 60 + i, 'healthy'));

    const actions: TransitionAction[] = [];
    const both = async (events: FluxEvent[]) => {
      const runs = events.flatMap((e) => [first.handle(e), second.handle(e)]);
      actions.push(...(await Promise.all(runs)));
    };
    await both(failing);
    await both(healthy);

    expect(actions.filter((a) => a === 'open')).toHaveLength(releases.length);
    expect(actions.filter((a) => a === 'resolve')).toHaveLength(releases.length);
    // A `replay` (the other engine saw the transition already committed) sends the same key and seq
    // again, in case the committing process died before notifying; a chat shows that as one message.
    const alertKeys = new Set(posted.filter((m) => !m.threadOf).map((m) => m.key));
    const recoveries = posted.filter((m) => m.threadOf);
    expect(alertKeys.size).toBe(releases.length);
    expect(new Set(recoveries.map((m) => m.threadOf))).toEqual(alertKeys);
    expect(new Set(recoveries.map((m) => `${m.key}#${m.seq}`)).size).toBe(releases.length);
  });
});
