import { Redis } from 'ioredis';
import { type Fluxops, startFluxops } from '../../../app/start-fluxops.ts';
import type { Subscription } from '../../../src/alerts/engine/subscription.ts';
import { MuteStore } from '../../../src/alerts/stores/mute-store.ts';
import { SubscriptionStore } from '../../../src/alerts/stores/subscription-store.ts';
import { WebhookKeys } from '../../../src/alerts/stores/webhook-keys.ts';
import type { Config } from '../../../src/platform/config.ts';
import { createLogger, type Logger } from '../../../src/platform/logger.ts';
import { createSealer } from '../../../src/platform/seal.ts';
import { deleteKeys, testConfig } from '../test-app.ts';
import { RecordingDeliverer } from './recording-deliverer.ts';

/**
 * The whole app with recorders standing in for the Slack and Teams deliverers, plus direct handles on
 * the alert stores (sharing the app's prefix and FLUXOPS_SECRET_KEY) to arrange subscriptions and keys.
 */
export const TEST_SECRET_KEY = 'q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=';
export const CLUSTER = 'flux-demo-arc';

export interface AlertsTestApp {
  app: Fluxops;
  config: Config;
  slack: RecordingDeliverer;
  teams: RecordingDeliverer;
  redis: Redis;
  subscriptions: SubscriptionStore;
  mutes: MuteStore;
  keys: WebhookKeys;
  /** Stops the app but keeps its Redis state (for restart tests). */
  stop(): Promise<void>;
  /** Starts the app again on the same prefix and state. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startAlertsApp(
  env: Record<string, string> = {},
  logger: Logger = createLogger('silent'),
): Promise<AlertsTestApp> {
  const config = testConfig({
    FLUXOPS_SECRET_KEY: TEST_SECRET_KEY,
    FLUXOPS_PUBLIC_URL: 'https://fluxops.example.com',
    ...env,
  });
  const slack = new RecordingDeliverer('slack');
  const teams = new RecordingDeliverer('teams');
  const start = () => startFluxops(config, { logger, deliverers: [slack, teams] });
  const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const sealer = createSealer(TEST_SECRET_KEY);
  const result: AlertsTestApp = {
    app: await start(),
    config,
    slack,
    teams,
    redis,
    subscriptions: new SubscriptionStore(redis, config.queuePrefix),
    mutes: new MuteStore(redis, config.queuePrefix),
    keys: new WebhookKeys(redis, config.queuePrefix, sealer),
    stop: () => result.app.close(),
    restart: async () => {
      result.app = await start();
    },
    close: async () => {
      await result.app.close();
      await deleteKeys('redis://127.0.0.1:6379', config.queuePrefix);
      redis.disconnect();
    },
  };
  return result;
}

export function subscription(
  platform: 'slack' | 'teams',
  channel: string,
  filter: Partial<Pick<Subscription, 'cluster' | 'severity' | 'kinds' | 'namespaces' | 'exclude'>> = {},
): Omit<Subscription, 'id'> {
  return {
    address: {
      platform,
      channel,
      extra: platform === 'slack' ? { team: 'T0001' } : { serviceUrl: 'https://smba.example/' },
    },
    severity: 'error',
    kinds: [],
    namespaces: [],
    createdBy: 'alice',
    createdAt: new Date().toISOString(),
    ...filter,
  };
}
