// ARM reads per compliance poll of a 1,000-cluster × 10-configuration fleet, per-cluster mode against
// fleet mode (FLEET_QUERY=resourcegraph). Runs the real pollers, the real Azure SDKs over HTTPS, the ARM
// and Resource Graph stand-ins, and the real transition engine on the local Redis.
//   npx tsx bench/fleet-poll.ts [clusters=1000] [configs=10]
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Redis } from 'ioredis';
import { createSandboxSdkClient } from '../sandbox/arm/sdk-client.ts';
import { startArmSandbox } from '../sandbox/arm/server.ts';
import { createSandboxResourceGraphClient } from '../sandbox/resource-graph/sdk-client.ts';
import { startResourceGraphSandbox } from '../sandbox/resource-graph/server.ts';
import { AlertEngine } from '../src/alerts/engine/alert-engine.ts';
import { PollBackoff } from '../src/alerts/sources/poll-backoff.ts';
import { pollCluster } from '../src/alerts/sources/poll-cluster.ts';
import { pollFleet } from '../src/alerts/sources/poll-fleet.ts';
import { LateEvents } from '../src/alerts/stores/late-events.ts';
import { MuteStore } from '../src/alerts/stores/mute-store.ts';
import { ObjectConfigs } from '../src/alerts/stores/object-configs.ts';
import { SubscriptionStore } from '../src/alerts/stores/subscription-store.ts';
import { WatchedClusters } from '../src/alerts/stores/watched-clusters.ts';
import { deletePrefixedKeys } from '../src/platform/delete-prefixed-keys.ts';
import { createLogger } from '../src/platform/logger.ts';

const CLUSTERS = Number(process.argv[2] ?? 1000);
const CONFIGS = Number(process.argv[3] ?? 10);
const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const logger = createLogger('silent');

const clusters = Array.from({ length: CLUSTERS }, (_, i) => ({
  resourceGroup: `fleet-rg-${Math.floor(i / 100)}`,
  name: `fleet-${String(i).padStart(4, '0')}`,
  clusterType: 'managedClusters',
}));
const seedStarted = Date.now();
const sandbox = await startArmSandbox({
  subscriptionId: SUBSCRIPTION,
  listPageSize: 100,
  seed: {
    clusters,
    extensions: clusters.map((cluster) => ({ cluster: cluster.name })),
    fluxConfigurations: clusters.flatMap((cluster) =>
      Array.from({ length: CONFIGS }, (_, j) => ({
        cluster: cluster.name,
        name: `config-${j}`,
        properties: {
          scope: 'cluster',
          namespace: `team-${j}`,
          sourceKind: 'GitRepository',
          gitRepository: { url: `https://github.com/example/team-${j}`, repositoryRef: { branch: 'main' } },
          kustomizations: { apps: { path: './apps' } },
        },
      })),
    ),
  },
});
const seedMs = Date.now() - seedStarted;
const graphSandbox = await startResourceGraphSandbox(sandbox.world);
const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

function deps(prefix: string) {
  const configs = new ObjectConfigs(redis, prefix);
  const engine = new AlertEngine({
    redis,
    prefix,
    notify: { notify: async () => {} },
    subscriptions: new SubscriptionStore(redis, prefix),
    mutes: new MuteStore(redis, prefix),
    clusters: new WatchedClusters(redis, prefix),
    configs,
    burst: 10,
    late: new LateEvents(redis, prefix),
    logger,
  });
  return { redis, prefix, engine, configs, logger, backoff: new PollBackoff(redis, prefix, 60_000) };
}

async function cleanup(prefix: string) {
  await deletePrefixedKeys(redis, prefix);
}

// Per-cluster mode: one list per cluster (paged at 100 configurations).
const perClusterPrefix = `{fluxops-bench-${randomBytes(4).toString('hex')}}`;
const arm = createSandboxSdkClient(sandbox, SUBSCRIPTION);
const perCluster = { ...deps(perClusterPrefix), arm };
const armBefore = sandbox.requests.length;
let started = Date.now();
let events = 0;
for (let i = 0; i < clusters.length; i += 20) {
  const outcomes = await Promise.all(
    clusters.slice(i, i + 20).map((cluster) =>
      pollCluster(perCluster, {
        subscriptionId: SUBSCRIPTION,
        resourceGroup: cluster.resourceGroup,
        clusterName: cluster.name,
        clusterType: 'managedClusters',
        clusterRp: 'Microsoft.ContainerService',
      }),
    ),
  );
  for (const outcome of outcomes) if (outcome.status === 'polled') events += outcome.events;
}
const perClusterReads = sandbox.requests.length - armBefore;
const perClusterMs = Date.now() - started;
await cleanup(perClusterPrefix);

// Fleet mode: one Resource Graph query, 1,000 rows a page.
const fleetPrefix = `{fluxops-bench-${randomBytes(4).toString('hex')}}`;
const fleet = {
  ...deps(fleetPrefix),
  graph: createSandboxResourceGraphClient(graphSandbox),
  subscriptions: [SUBSCRIPTION],
  watched: (cluster: string) => new WatchedClusters(redis, fleetPrefix).get(cluster),
};
started = Date.now();
const first = await pollFleet(fleet);
const fleetFirstMs = Date.now() - started;
started = Date.now();
const second = await pollFleet(fleet);
const fleetSteadyMs = Date.now() - started;
await cleanup(fleetPrefix);

const configurations = CLUSTERS * CONFIGS;
console.log(
  `fleet: ${CLUSTERS} clusters × ${CONFIGS} configurations = ${configurations} (seeded in ${seedMs} ms), ${cpus().length} CPUs`,
);
console.log(
  `per-cluster mode: ${perClusterReads} ARM reads per poll (${(perClusterReads / CLUSTERS).toFixed(2)} per cluster), ${events} events, poll took ${perClusterMs} ms`,
);
if (first.status === 'polled' && second.status === 'polled') {
  console.log(
    `fleet mode:       ${first.reads} ARM reads per poll (Resource Graph pages of 1,000), ${first.configurations} configurations in ${first.clusters} clusters; first poll ${first.events} events in ${fleetFirstMs} ms, steady poll ${second.events} events in ${fleetSteadyMs} ms`,
  );
  console.log(
    `budget: ≤ 75 ARM reads per minute at a 60 s interval → ${first.reads <= 75 ? 'met' : 'NOT met'} in fleet mode`,
  );
} else {
  console.log('fleet mode: throttled', first, second);
}
redis.disconnect();
await graphSandbox.close();
await sandbox.close();
