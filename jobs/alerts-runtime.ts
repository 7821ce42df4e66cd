import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { SandboxWorld } from '../sandbox/arm/world.ts';
import { createSandboxResourceGraphClient } from '../sandbox/resource-graph/sdk-client.ts';
import { type ResourceGraphSandbox, startResourceGraphSandbox } from '../sandbox/resource-graph/server.ts';
import { AlertEngine } from '../src/alerts/alert-engine.ts';
import type { AlertsDeps } from '../src/alerts/alerts-deps.ts';
import type { FluxEventSink } from '../src/alerts/flux-event-sink.ts';
import { MuteStore } from '../src/alerts/mute-store.ts';
import { ObjectConfigs } from '../src/alerts/object-configs.ts';
import { PollBackoff } from '../src/alerts/poll-backoff.ts';
import type { PollFleetDeps } from '../src/alerts/poll-fleet.ts';
import { SubscriptionStore } from '../src/alerts/subscription-store.ts';
import { WatchedClusters } from '../src/alerts/watched-clusters.ts';
import { WebhookKeys } from '../src/alerts/webhook-keys.ts';
import { registerFluxWebhook } from '../src/alerts/webhook-route.ts';
import { armEndpointFor, productionCredential } from '../src/azure/arm-client.ts';
import type { Config } from '../src/config.ts';
import type { Router } from '../src/http/router.ts';
import type { Logger } from '../src/log/logger.ts';
import type { Sealer } from '../src/secrets/seal.ts';
import type { NotifyPort } from '../src/submit/ports.ts';
import { BullFluxEventSink, PollScheduler } from './alerts-queues.ts';
import { startAlertEventWorker, startAlertPollWorker } from './alerts-workers.ts';

/**
 * Everything alerts add to a fluxops process, built in one place so main.ts only wires it:
 * the webhook route (web role), the event and poll workers and their schedulers (worker role), and
 * the dependencies of the `alerts *` command handlers.
 */
export interface AlertsRuntimeOptions {
  config: Config;
  /** Opens a Redis connection of the given role (main.ts closes them). */
  connect(role: 'producer' | 'worker'): Redis;
  arm: SourceControlConfigurationClient;
  /** The sandbox world, when in sandbox mode: fleet mode then queries a Resource Graph stand-in over it. */
  sandboxWorld?: SandboxWorld;
  notify: NotifyPort;
  sealer: Sealer;
  logger: Logger;
}

export interface AlertsRuntime {
  deps: AlertsDeps;
  engine: AlertEngine;
  /** The `alert-events` queue: the webhook's, and where main.ts sends the cluster watchers' events. */
  sink: FluxEventSink;
  resourceGraph?: ResourceGraphSandbox;
  registerRoutes(router: Router): void;
  /** Starts workers and (re)creates the poll schedulers of every watched cluster. */
  startWorkers(): Promise<Worker[]>;
  close(): Promise<void>;
}

/**
 * The alert stores' own connection, a copy of `base` with auto-pipelining: the engine runs many
 * events at once and each makes several small Redis calls, so the calls made in one event-loop tick
 * leave in one socket write and come back in one read, instead of one write per call, which was
 * most of the worker's CPU at 200 events/s. Transactions and scripts keep their own semantics.
 */
function autoPipelined(base: Redis, logger: Logger): Redis {
  const connection = base.duplicate({ enableAutoPipelining: true });
  let lastError = '';
  connection.on('error', (error: Error) => {
    // ioredis repeats the same error on every reconnect attempt; log each distinct one once.
    if (error.message !== lastError) logger.warn({ role: 'alert-state', err: error.message }, 'redis connection error');
    lastError = error.message;
  });
  connection.on('ready', () => {
    lastError = '';
  });
  return connection;
}

export async function createAlertsRuntime(options: AlertsRuntimeOptions): Promise<AlertsRuntime> {
  const { config, logger } = options;
  const prefix = config.queuePrefix;
  const shared = options.connect('worker');
  const state = autoPipelined(shared, logger);
  const subscriptions = new SubscriptionStore(state, prefix);
  const mutes = new MuteStore(state, prefix);
  const clusters = new WatchedClusters(state, prefix);
  const configs = new ObjectConfigs(state, prefix);
  const keys = new WebhookKeys(options.connect('producer'), prefix, options.sealer);
  const sink = new BullFluxEventSink(options.connect('producer'), prefix);
  const scheduler = new PollScheduler(shared, prefix, config.alerts.pollIntervalMs);
  const engine = new AlertEngine({
    redis: state,
    prefix,
    notify: options.notify,
    subscriptions,
    mutes,
    clusters,
    configs,
    burst: config.alerts.burst,
    logger,
  });
  const fleet = config.alerts.fleetQuery === 'resourcegraph';
  let resourceGraph: ResourceGraphSandbox | undefined;
  let graph: ResourceGraphClient | undefined;
  if (fleet && options.sandboxWorld) {
    resourceGraph = await startResourceGraphSandbox(options.sandboxWorld);
    graph = createSandboxResourceGraphClient(resourceGraph);
  } else if (fleet) {
    graph = new ResourceGraphClient(productionCredential(config.azure.cloud), {
      endpoint: armEndpointFor(config.azure.cloud, config.azure.armEndpoint),
    });
  }
  const deps: AlertsDeps = {
    subscriptions,
    mutes,
    keys,
    clusters,
    publicUrl: config.publicUrl,
    async watch(target) {
      await clusters.add(target);
      // Fleet mode already covers every cluster of the subscription with its one query.
      if (!fleet) await scheduler.schedule({ mode: 'cluster', target });
    },
  };
  const workers: Worker[] = [];
  return {
    deps,
    engine,
    sink,
    resourceGraph,
    registerRoutes(router) {
      registerFluxWebhook(router, { keys, sink, logger });
    },
    async startWorkers() {
      const backoff = new PollBackoff(state, prefix, config.alerts.pollIntervalMs);
      const apply = { redis: state, prefix, engine, configs };
      const fleetDeps: PollFleetDeps | undefined = graph
        ? { ...apply, graph, subscriptions: [config.azure.subscriptionId], backoff, logger }
        : undefined;
      workers.push(
        startAlertEventWorker({ connection: options.connect('worker'), prefix, engine, logger }),
        startAlertPollWorker({
          connection: options.connect('worker'),
          prefix,
          cluster: { ...apply, arm: options.arm, backoff, logger },
          fleet: fleetDeps,
          logger,
        }),
      );
      if (fleet) await scheduler.schedule({ mode: 'fleet' });
      else for (const target of await clusters.all()) await scheduler.schedule({ mode: 'cluster', target });
      return workers;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([sink.close(), scheduler.close()]);
      await resourceGraph?.close();
      await state.quit().catch(() => state.disconnect());
    },
  };
}
