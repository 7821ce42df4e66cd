// Event-to-post latency of alerts: RATE Flux events/s for SECONDS (after a short warm-up), signed like
// notification-controller's generic-hmac Provider, POSTed to /webhooks/flux/:cluster of fluxops running
// in its own processes (sandbox, local Redis; web and worker roles apart by default), delivered by the
// real Slack deliverer into the local Slack recorder (SLACK_API_URL), and timed from "POST sent" to
// "recorder received chat.postMessage". Every event is a new failure of its own HelmRelease, so each
// must become exactly one posted message.
//
// Slack allows ~1 post/s per channel and fluxops paces to that, so a single channel would measure
// the pacer, not fluxops. Object i lives in namespace bench-(i mod CHANNELS) and each namespace has
// its own subscribed channel: with 1,000 channels each gets one alert every 5 s (under the pacing)
// and ≤ 10 per minute (under the default ALERT_BURST, so nothing is digested).
//
//   npx tsx bench/alerts.ts [eventsPerSecond=200] [seconds=30]
//   env: BENCH_CHANNELS=1000  BENCH_WARMUP_SECONDS=3  BENCH_PROCESSES=2 (1: one process, role all)
//        BENCH_CPU_PROF=<dir> (servers write V8 CPU profiles there on exit)
//        REDIS_URL (default the local Redis) or REDIS_CLUSTER_NODES=host:port,… (Redis Cluster)
// The last line, `RESULT {…}`, is for bench/alerts-cluster.ts, which compares topologies.
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { ALERT_EVENTS_QUEUE } from '../jobs/alerts-queues.ts';
import { createConnection } from '../jobs/connection.ts';
import { NOTIFY_QUEUE } from '../jobs/queue-names.ts';
import { SubscriptionStore } from '../src/alerts/stores/subscription-store.ts';
import { WebhookKeys } from '../src/alerts/stores/webhook-keys.ts';
import { deletePrefixedKeys } from '../src/platform/delete-prefixed-keys.ts';
import { createLogger } from '../src/platform/logger.ts';
import { parseRedisNodes } from '../src/platform/parse-redis-nodes.ts';
import type { RedisTarget } from '../src/platform/redis-target.ts';
import { createSealer } from '../src/platform/seal.ts';
import { startSlackRecorder } from '../test/support/slack/slack-recorder.ts';
import { eventJobStages } from './support/event-job-stages.ts';
import { fluxSignature, helmReleaseFailure, releaseIndex } from './support/flux-events.ts';
import { percentile } from './support/percentiles.ts';
import { freePort, spawnServer } from './support/spawn-server.ts';

const RATE = Number(process.argv[2] ?? 200);
const SECONDS = Number(process.argv[3] ?? 30);
const CHANNELS = Number(process.env.BENCH_CHANNELS ?? 1000);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 2);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLUSTER_NODES = process.env.REDIS_CLUSTER_NODES;
const clusterNodes = CLUSTER_NODES ? parseRedisNodes(CLUSTER_NODES) : undefined;
if (typeof clusterNodes === 'string') throw new Error(`REDIS_CLUSTER_NODES: ${clusterNodes}`);
const target: RedisTarget = clusterNodes
  ? { kind: 'cluster', nodes: clusterNodes, auth: { tls: false } }
  : { kind: 'url', url: REDIS_URL };
const CLUSTER = 'bench-cluster';
const SECRET = randomBytes(32).toString('base64');
const WARMUP = RATE * WARMUP_SECONDS;
const TOTAL = WARMUP + RATE * SECONDS;
const prefix = `{fluxops-bench-${randomBytes(4).toString('hex')}}`;
const root = fileURLToPath(new URL('..', import.meta.url));

const recorder = await startSlackRecorder();
const redis = createConnection(target, 'worker', createLogger('warn'));
const key = await new WebhookKeys(redis, prefix, createSealer(SECRET)).rotate(CLUSTER);
const subscriptions = new SubscriptionStore(redis, prefix);
for (let channel = 0; channel < CHANNELS; channel++) {
  await subscriptions.add({
    address: { platform: 'slack', channel: `C0BENCH${channel}`, extra: { team: 'T0TEST' } },
    severity: 'error',
    kinds: [],
    namespaces: [`bench-${channel}`],
    createdBy: 'bench',
    createdAt: new Date().toISOString(),
  });
}

const env = {
  ...(CLUSTER_NODES ? { REDIS_CLUSTER_NODES: CLUSTER_NODES } : { REDIS_URL }),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  FLUXOPS_SECRET_KEY: SECRET,
  FLUXOPS_QUEUE_PREFIX: prefix,
  SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: recorder.apiUrl,
  ...(process.env.BENCH_CPU_PROF ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` } : {}),
};
const port = await freePort();
const queues = [ALERT_EVENTS_QUEUE, NOTIFY_QUEUE].map((name) => new Queue(name, { connection: redis, prefix }));
const workersRunning = async () => (await Promise.all(queues.map((q) => q.getWorkersCount()))).every((n) => n > 0);
const webAnswers = async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200;
const servers =
  PROCESSES === 1
    ? [
        await spawnServer(`${root}app/main.ts`, { ...env, PORT: String(port), FLUXOPS_ROLE: 'all' }, async () => {
          return (await webAnswers()) && (await workersRunning());
        }),
      ]
    : [
        await spawnServer(`${root}app/main.ts`, { ...env, PORT: String(port), FLUXOPS_ROLE: 'web' }, webAnswers),
        await spawnServer(
          `${root}app/main.ts`,
          { ...env, PORT: String(await freePort()), FLUXOPS_ROLE: 'worker' },
          workersRunning,
        ),
      ];

// Idle sockets are retired after 4 s, before the server's 5 s keep-alive timeout: reusing one the
// server is closing at that moment fails with ECONNRESET, which would count against fluxops.
const agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 4_000 });
/** Resolves with the HTTP status, or the error code when no answer came (e.g. ECONNRESET). */
function post(body: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request(
      `http://127.0.0.1:${port}/webhooks/flux/${CLUSTER}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-signature': fluxSignature(key, body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    req.end(body);
  });
}

const sentAt: number[] = [];
let rejected = 0;
const rejectedBy: Record<string, number> = {};
const loads: number[] = [];
const loadTimer = setInterval(() => loads.push(loadavg()[0]!), 5_000);
const started = performance.now();
const inflight: Promise<void>[] = [];
for (let i = 0; i < TOTAL; i++) {
  // Open loop: event i leaves at i/RATE seconds whatever the server does.
  const wait = started + (i * 1000) / RATE - performance.now();
  if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
  const body = helmReleaseFailure(i, CHANNELS);
  sentAt[i] = Date.now();
  inflight.push(
    post(body).then((status) => {
      if (status === 202) return;
      rejected += 1;
      rejectedBy[status] = (rejectedBy[status] ?? 0) + 1;
    }),
  );
}
await Promise.all(inflight);
const sendSeconds = (performance.now() - started) / 1000;
const posts = () => recorder.of('chat.postMessage');
const deadline = Date.now() + 60_000;
while (posts().length < TOTAL - rejected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
clearInterval(loadTimer);

const latencies: number[] = [];
const postedPerObject = new Map<number, number>();
for (const call of posts()) {
  const index = releaseIndex(String(call.params.text ?? ''));
  if (index === undefined) continue;
  postedPerObject.set(index, (postedPerObject.get(index) ?? 0) + 1);
  if (index >= WARMUP && postedPerObject.get(index) === 1) latencies.push(call.at - sentAt[index]!);
}
const duplicates = [...postedPerObject.values()].filter((n) => n > 1).length;
const stages = await eventJobStages(
  queues[0]!,
  sentAt,
  WARMUP,
  new Map(posts().map((c) => [releaseIndex(String(c.params.text)), c.at])),
);
const fmt = (p: number) => percentile(latencies, p).toFixed(0);
const p99 = percentile(latencies, 99);
console.log(
  `alerts bench: ${RATE} events/s × ${SECONDS} s (+ ${WARMUP_SECONDS} s warm-up, not timed) in ${sendSeconds.toFixed(1)} s; ` +
    `${cpus().length} CPUs; fluxops in ${PROCESSES === 1 ? 'one process (role all)' : 'two processes (web, worker)'}; ` +
    `deliverer: Slack → local recorder, ${CHANNELS} channels`,
);
console.log(`webhook answers other than 202: ${rejected}${rejected ? ` ${JSON.stringify(rejectedBy)}` : ''}`);
console.log(
  `messages posted (chat.postMessage): ${posts().length} of ${TOTAL}; timed: ${latencies.length} of ${TOTAL - WARMUP}; objects posted twice: ${duplicates}; chat.update: ${recorder.of('chat.update').length}`,
);
console.log(`event-to-post latency: p50 ${fmt(50)} ms, p90 ${fmt(90)} ms, p99 ${fmt(99)} ms, max ${fmt(100)} ms`);
for (const [stage, values] of Object.entries(stages)) {
  console.log(
    `  ${stage.padEnd(34)} p50 ${percentile(values, 50).toFixed(0)} ms, p99 ${percentile(values, 99).toFixed(0)} ms`,
  );
}
console.log(`load average (1 min) during the run: ${loads.map((l) => l.toFixed(2)).join(', ')}`);
console.log(`goal p99 ≤ 100 ms: ${p99 <= 100 && latencies.length === TOTAL - WARMUP ? 'met' : 'NOT met'}`);
// Delivered events per second: timed posts over the span from the first timed send to the last post.
const timedPosts = posts().filter((c) => (releaseIndex(String(c.params.text ?? '')) ?? -1) >= WARMUP);
const span = (Math.max(...timedPosts.map((c) => c.at)) - (sentAt[WARMUP] ?? 0)) / 1000;
console.log(
  `RESULT ${JSON.stringify({ topology: CLUSTER_NODES ? 'cluster' : 'standalone', eventsPerSecond: timedPosts.length / span, p50: percentile(latencies, 50), p99, timed: latencies.length, expected: TOTAL - WARMUP, duplicates, rejected })}`,
);

for (const server of servers) if (server.child.exitCode !== null) console.log(`server exited:\n${server.output()}`);
// What the web process logged (warnings and up) says why an event was not accepted.
if (rejected) console.log(`web process output:\n${servers[0]!.output()}`);
await Promise.all(servers.map((server) => server.stop()));
agent.destroy();
await Promise.all(queues.map((q) => q.close()));
await recorder.close();
await deletePrefixedKeys(redis, prefix);
redis.disconnect();
