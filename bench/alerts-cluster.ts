// The alert pipeline on a Redis Cluster against a single Redis, in one run on one machine: the same
// load (bench/alerts.ts: RATE Flux events/s for SECONDS, web and worker processes apart, Slack
// deliverer into the local recorder) first against a private redis-server, then against a local
// 3-master Redis Cluster (REDIS_CLUSTER_NODES); prints events/s and p99 of each and their ratios.
//
//   npx tsx bench/alerts-cluster.ts [eventsPerSecond=200] [seconds=20]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPrivateRedis } from '../test/support/private-redis.ts';
import { startRedisCluster } from '../test/support/redis-cluster.ts';

const RATE = process.argv[2] ?? '200';
const SECONDS = process.argv[3] ?? '20';
const script = fileURLToPath(new URL('./alerts.ts', import.meta.url));

interface Result {
  topology: string;
  eventsPerSecond: number;
  p50: number;
  p99: number;
  timed: number;
  expected: number;
  duplicates: number;
  rejected: number;
}

/** Runs bench/alerts.ts with `env` on top of this process's, echoing its report; returns its RESULT line. */
function run(env: Record<string, string>): Result {
  const { REDIS_URL: _url, REDIS_CLUSTER_NODES: _nodes, ...inherited } = process.env;
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, RATE, SECONDS], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(child.stdout);
  process.stderr.write(child.stderr);
  const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`bench/alerts.ts printed no RESULT (exit ${child.status})`);
  return JSON.parse(line.slice('RESULT '.length)) as Result;
}

const single = await startPrivateRedis();
const standalone = run({ REDIS_URL: single.url });
await single.stop();
const cluster = await startRedisCluster();
const clustered = run({ REDIS_CLUSTER_NODES: cluster.nodes });
await cluster.stop();

const row = (r: Result) =>
  `| ${r.topology} | ${r.eventsPerSecond.toFixed(0)} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${r.timed} of ${r.expected} | ${r.duplicates} |`;
console.log('\n| Redis | events/s delivered | p50 | p99 | posted | posted twice |\n|---|---|---|---|---|---|');
console.log(row(standalone));
console.log(row(clustered));
console.log(
  `cluster ÷ single: events/s ×${(clustered.eventsPerSecond / standalone.eventsPerSecond).toFixed(2)}, p99 ×${(clustered.p99 / standalone.p99).toFixed(2)}`,
);
