// Event-to-post latency of alerts: 200 Flux events/s for 30 s, signed like notification-controller's
// generic-hmac Provider, POSTed to /webhooks/flux/:cluster of a full in-process fluxops (sandbox, local
// Redis), delivered by the CONSOLE deliverer (Redis pub/sub), and timed when the post arrives.
// Every event is a new failure of its own HelmRelease, so each one must become one posted message.
//   npx tsx bench/alerts.ts [eventsPerSecond=200] [seconds=30]
import { createHmac, randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Redis } from 'ioredis';
import { consoleChannel } from '../adapters/console/console-bus.ts';
import { SubscriptionStore } from '../src/alerts/subscription-store.ts';
import { WebhookKeys } from '../src/alerts/webhook-keys.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/log/logger.ts';
import { startFluxops } from '../src/main.ts';
import { deletePrefixedKeys } from '../src/redis/delete-prefixed-keys.ts';
import { createSealer } from '../src/secrets/seal.ts';
import type { NotifyMessage } from '../src/submit/ports.ts';

const RATE = Number(process.argv[2] ?? 200);
const SECONDS = Number(process.argv[3] ?? 30);
const TOTAL = RATE * SECONDS;
const SECRET = randomBytes(32).toString('base64');
const prefix = `{fluxops-bench-${randomBytes(4).toString('hex')}}`;
const config = loadConfig({
  FLUXOPS_QUEUE_PREFIX: prefix,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  REDIS_URL: 'redis://127.0.0.1:6379',
  FLUXOPS_SECRET_KEY: SECRET,
  // Every event is its own alert here: the digest would otherwise (rightly) collapse them.
  ALERT_BURST: '1000000',
});
const app = await startFluxops(config, { logger: createLogger('silent') });
const redis = new Redis(app.redisUrl);
const key = await new WebhookKeys(redis, prefix, createSealer(SECRET)).rotate('bench-cluster');
await new SubscriptionStore(redis, prefix).add({
  address: { platform: 'console', channel: 'bench' },
  severity: 'error',
  kinds: [],
  namespaces: [],
  createdBy: 'bench',
  createdAt: new Date().toISOString(),
});

const sentAt = new Map<string, number>();
const latencies: number[] = [];
let posted = 0;
const subscriber = new Redis(app.redisUrl);
await subscriber.subscribe(consoleChannel(prefix, 'bench'));
subscriber.on('message', (_channel: string, payload: string) => {
  const message = JSON.parse(payload) as NotifyMessage;
  posted += 1;
  const name = /HelmRelease bench\/(release-\d+)/.exec(message.reply.title)?.[1];
  const sent = name ? sentAt.get(name) : undefined;
  if (sent !== undefined && message.seq === 1) {
    latencies.push(performance.now() - sent);
    sentAt.delete(name!);
  }
});

function event(i: number): string {
  return JSON.stringify({
    involvedObject: {
      kind: 'HelmRelease',
      namespace: 'bench',
      name: `release-${i}`,
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
    },
    severity: 'error',
    timestamp: new Date().toISOString(),
    message: `Helm upgrade failed for release bench/release-${i} with chart podinfo@6.5.4: timed out waiting for the condition`,
    reason: 'UpgradeFailed',
    metadata: { revision: '6.5.4' },
    reportingController: 'helm-controller',
  });
}

let rejected = 0;
const started = performance.now();
const inflight: Promise<void>[] = [];
for (let i = 0; i < TOTAL; i++) {
  // Open-loop pacing: event i leaves at i/RATE seconds whatever the server does.
  const due = started + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  const body = event(i);
  sentAt.set(`release-${i}`, performance.now());
  inflight.push(
    fetch(`${app.url}/webhooks/flux/bench-cluster`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature': `sha256=${createHmac('sha256', key).update(body).digest('hex')}`,
      },
      body,
    }).then(async (response) => {
      await response.arrayBuffer();
      if (response.status !== 202) rejected += 1;
    }),
  );
}
await Promise.all(inflight);
const sendSeconds = (performance.now() - started) / 1000;
const deadline = Date.now() + 30_000;
while (latencies.length < TOTAL - rejected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);
console.log(
  `alerts bench: ${TOTAL} events at ${RATE}/s over ${sendSeconds.toFixed(1)} s, ${cpus().length} CPUs, deliverer: console`,
);
console.log(`webhook answers other than 202: ${rejected}`);
console.log(`messages posted: ${posted} (new alerts timed: ${latencies.length})`);
console.log(
  `event-to-post latency: p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
);
console.log(`goal p99 ≤ 100 ms: ${Number(pct(99)) <= 100 ? 'met' : 'NOT met'}`);

subscriber.disconnect();
await app.close();
await deletePrefixedKeys(redis, prefix);
redis.disconnect();
