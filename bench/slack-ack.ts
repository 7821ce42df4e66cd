import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { commandBody, sign } from '../test/support/slack/signed-request.ts';
import { startSlackRecorder } from '../test/support/slack/slack-recorder.ts';
import { deleteKeys } from '../test/support/test-app.ts';
import { percentile } from './support/percentiles.ts';
import { freePort, spawnServer } from './support/spawn-server.ts';

/**
 * Slack ack latency: signed /flux requests at RATE/s for SECONDS against a running fluxops (web
 * role, real Redis: every request is verified, parsed, checked against the channel context and
 * enqueued as a real BullMQ job before the ack) and, in the same run and interleaved request by
 * request, against a bare Bolt app whose listener only acks. Both run in their own Node process;
 * the Slack Web API (users.info, auth.test) is a local stand-in. Prints p50/p99 of both and the
 * ratio. Goal: fluxops p99 ≤ 25 ms and p99 ratio ≤ 1.5.
 *
 *   npx tsx bench/slack-ack.ts            (BENCH_RATE=100 BENCH_SECONDS=30 BENCH_WARMUP_SECONDS=3 by default)
 */
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = randomBytes(16).toString('hex');
const USERS = 20;
const TEXT = 'flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters';

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Posts one signed request; resolves with the time until the whole response arrived (ms). */
function timedPost(url: URL, body: string): Promise<{ ms: number; status: number }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(SECRET, timestamp, body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0 }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Sample {
  fluxops: number[];
  bare: number[];
  errors: number;
  /** Non-200 answers and failed requests, by status (0: no answer), to say what went wrong. */
  failures: Record<string, number>;
}

async function drive(fluxopsUrl: URL, bareUrl: URL, responseUrl: string): Promise<Sample> {
  const sample: Sample = { fluxops: [], bare: [], errors: 0, failures: {} };
  const total = RATE * (SECONDS + WARMUP_SECONDS);
  const warmup = RATE * WARMUP_SECONDS;
  const intervalMs = 1000 / RATE;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    // Open loop: request i leaves at start + i·interval whatever earlier answers did.
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const body = commandBody({
      text: TEXT,
      user: `U0BENCH${i % USERS}`,
      userName: `bench${i % USERS}`,
      channel: `C0BENCH${i % 10}`,
      triggerId: `bench-${i}-${randomBytes(4).toString('hex')}`,
      responseUrl,
    });
    const failed = (what: string) => {
      sample.errors += 1;
      sample.failures[what] = (sample.failures[what] ?? 0) + 1;
    };
    const record = (target: number[]) => (r: { ms: number; status: number }) => {
      if (r.status !== 200) failed(`${target === sample.fluxops ? 'fluxops' : 'bare'} ${r.status}`);
      else if (i >= warmup) target.push(r.ms);
    };
    const fail = (error: Error) => failed(error.message);
    // Alternate which target goes first so neither gets a systematic head start.
    const pair =
      i % 2 === 0
        ? [
            timedPost(fluxopsUrl, body).then(record(sample.fluxops), fail),
            timedPost(bareUrl, body).then(record(sample.bare), fail),
          ]
        : [
            timedPost(bareUrl, body).then(record(sample.bare), fail),
            timedPost(fluxopsUrl, body).then(record(sample.fluxops), fail),
          ];
    inflight.push(...pair);
  }
  await Promise.all(inflight);
  return sample;
}

export async function main(): Promise<void> {
  const recorder = await startSlackRecorder();
  const prefix = `{fluxops-bench-${randomBytes(4).toString('hex')}}`;
  const [fluxopsPort, barePort] = [await freePort(), await freePort()];
  const slackEnv = {
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: recorder.apiUrl,
    LOG_LEVEL: 'warn',
  };
  const answers = (url: string) => async () => (await fetch(url)).status > 0;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const fluxops = await spawnServer(
    `${root}app/main.ts`,
    {
      ...slackEnv,
      PORT: String(fluxopsPort),
      HOST: '127.0.0.1',
      REDIS_URL,
      FLUXOPS_ROLE: 'web',
      FLUXOPS_SECRET_KEY: randomBytes(32).toString('base64'),
      FLUXOPS_QUEUE_PREFIX: prefix,
    },
    answers(`http://127.0.0.1:${fluxopsPort}/healthz`),
  );
  const bare = await spawnServer(
    `${root}bench/support/bare-bolt-app.ts`,
    { ...slackEnv, PORT: String(barePort) },
    answers(`http://127.0.0.1:${barePort}/`),
  );
  try {
    const sample = await drive(
      new URL(`http://127.0.0.1:${fluxopsPort}/slack/events`),
      new URL(`http://127.0.0.1:${barePort}/slack/events`),
      recorder.responseUrl('bench'),
    );
    const row = (name: string, values: number[]) =>
      `${name.padEnd(22)} n=${String(values.length).padStart(5)}  p50=${percentile(values, 50).toFixed(2).padStart(6)} ms  p99=${percentile(values, 99).toFixed(2).padStart(6)} ms`;
    const p99Ratio = percentile(sample.fluxops, 99) / percentile(sample.bare, 99);
    const p50Ratio = percentile(sample.fluxops, 50) / percentile(sample.bare, 50);
    console.log(`Slack ack latency — ${RATE} req/s per target for ${SECONDS} s (after ${WARMUP_SECONDS} s warm-up)`);
    console.log(row('fluxops (web, Redis)', sample.fluxops));
    console.log(row('bare Bolt (ack only)', sample.bare));
    console.log(
      `ratio fluxops/bare      p50=${p50Ratio.toFixed(2)}  p99=${p99Ratio.toFixed(2)}   errors=${sample.errors}`,
    );
    if (sample.errors > 0) {
      console.log('failures:', JSON.stringify(sample.failures));
      for (const [name, server] of [
        ['fluxops', fluxops],
        ['bare Bolt', bare],
      ] as const) {
        if (server.child.exitCode !== null)
          console.log(`${name} exited (${server.child.exitCode}):\n${server.output()}`);
      }
    }
    const ok = percentile(sample.fluxops, 99) <= 25 && p99Ratio <= 1.5 && sample.errors === 0;
    console.log(ok ? 'goal met (p99 ≤ 25 ms, ratio ≤ 1.5)' : 'goal NOT met (p99 ≤ 25 ms, ratio ≤ 1.5)');
  } finally {
    await Promise.all([fluxops.stop(), bare.stop()]);
    agent.destroy();
    await recorder.close();
    await deleteKeys(REDIS_URL, prefix);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
