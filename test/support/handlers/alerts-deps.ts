import type { AlertsDeps } from '../../../src/alerts/stores/alerts-deps.ts';
import { LateEvents } from '../../../src/alerts/stores/late-events.ts';
import { MuteStore } from '../../../src/alerts/stores/mute-store.ts';
import { SubscriptionStore } from '../../../src/alerts/stores/subscription-store.ts';
import { WatchedClusters } from '../../../src/alerts/stores/watched-clusters.ts';
import { WebhookKeys } from '../../../src/alerts/stores/webhook-keys.ts';
import type { RedisClient } from '../../../src/platform/redis-client.ts';
import { createSealer } from '../../../src/platform/seal.ts';
import { TEST_SECRET_KEY } from '../alerts/alerts-app.ts';

/** The `alerts *` handlers' stores on real Redis under `prefix`, for running those handlers in the harness. */
export function alertsDeps(redis: RedisClient, prefix: string): AlertsDeps {
  const clusters = new WatchedClusters(redis, prefix);
  return {
    subscriptions: new SubscriptionStore(redis, prefix),
    mutes: new MuteStore(redis, prefix),
    keys: new WebhookKeys(redis, prefix, createSealer(TEST_SECRET_KEY)),
    clusters,
    late: new LateEvents(redis, prefix),
    publicUrl: 'https://fluxops.example.com',
    // COMPLIANCE_POLL_INTERVAL's default.
    compliancePollIntervalMs: 60_000,
    // The watched set for real; no compliance poller runs in the harness.
    watch: (target) => clusters.add(target),
  };
}
