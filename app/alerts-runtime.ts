import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { Worker } from 'bullmq';
import { BullFluxEventSink, PollScheduler } from '../jobs/alerts-queues.ts';
import { startAlertEventWorker, startAlertPollWorker } from '../jobs/alerts-workers.ts';
import type { ConnectionRole } from '../jobs/connection.ts';
import { AlertEngine } from '../src/alerts/engine/alert-engine.ts';
import { PollBackoff } from '../src/alerts/sources/poll-backoff.ts';
import type { PollFleetDeps } from '../src/alerts/sources/poll-fleet.ts';
import type { AlertsDeps } from '../src/alerts/stores/alerts-deps.ts';
import { LateEvents } from '../src/alerts/stores/late-events.ts';
import { MuteStore } from '../src/alerts/stores/mute-store.ts';
import { ObjectConfigs } from '../src/alerts/stores/object-configs.ts';
import { SubscriptionStore } from '../src/alerts/stores/subscription-store.ts';
import { WatchedClusters } from '../src/alerts/stores/watched-clusters.ts';
import { WebhookKeys } from '../src/alerts/stores/webhook-keys.ts';
import type { NotifyPort } from '../src/notify/notify-port.ts';
import type { Config } from '../src/platform/config.ts';
import { LEASE_TTL_MS, RedisLease } from '../src/platform/lease.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import type { Sealer } from '../src/platform/seal.ts';
import { ChannelContextStore } from '../src/submit/channel-context-store.ts';

export interface AlertsRuntimeOptions {
  config: Config;
  /** Opens a Redis connection of the given role (the caller closes them). */
  connect(role: ConnectionRole): RedisClient;
  arm: SourceControlConfigurationClient;
  /** Fleet mode's Resource Graph client (ALERTS_FLEET_QUERY=resourcegraph); sandbox mode passes its stand-in's. */
  graph?: ResourceGraphClient;
  notify: NotifyPort;
  sealer: Sealer;
  /** This process's lease holder id (leases: one compliance poll per target across all workers). */
  holder: string;
  logger: Logger;
}

/**
 * Everything alerts add to a fluxops process, built in one place so the composition root only wires
 * it: the webhook's keys and queue (web role), the event and poll workers and their schedulers (worker role),
 * and the dependencies of the `alerts *` command handlers.
 */
export interface AlertsRuntime {
  deps: AlertsDeps;
  engine: AlertEngine;
  /** The `alert-events` queue: the webhook's, and where the cluster watchers' events go. */
  sink: BullFluxEventSink;
  /** Starts workers and (re)creates the poll schedulers of every watched cluster. */
  /** `redisAnswered`: whether Redis answered at start; when not, the compliance polls are scheduled once it does. */
  startWorkers(options: { redisAnswered: boolean }): Promise<Worker[]>;
  close(): Promise<void>;
}

export async function createAlertsRuntime(options: AlertsRuntimeOptions): Promise<AlertsRuntime> {
  const { config, logger } = options;
  const prefix = config.queuePrefix;
  const shared = options.connect('worker');
  // The alert stores' own connection, with auto-pipelining: the engine runs many events at once and
  // each makes several small Redis calls, so the calls made in one event-loop tick leave in one socket
  // write and come back in one read, instead of one write per call, which was most of the worker's CPU
  // at 200 events/s. Transactions and scripts keep their own semantics.
  const state = options.connect('state');
  const subscriptions = new SubscriptionStore(state, prefix);
  const mutes = new MuteStore(state, prefix);
  const clusters = new WatchedClusters(state, prefix);
  const configs = new ObjectConfigs(state, prefix);
  const late = new LateEvents(state, prefix);
  const contexts = new ChannelContextStore(state, prefix);
  const keys = new WebhookKeys(options.connect('producer'), prefix, options.sealer, config.alerts.keyGraceMs);
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
    late,
    // Alerts speak the channel's language (`use --lang`), kept with the channel's context.
    channelLocale: (address) => contexts.getLocale(address),
    logger,
  });
  const fleet = config.alerts.fleetQuery === 'resourcegraph';
  const graph = fleet ? options.graph : undefined;
  const deps: AlertsDeps = {
    subscriptions,
    mutes,
    keys,
    clusters,
    late,
    publicUrl: config.publicUrl,
    compliancePollIntervalMs: config.alerts.pollIntervalMs,
    async watch(target) {
      const outcome = await clusters.add(target);
      // Fleet mode already covers every cluster of the subscription with its one query.
      if (outcome.watched && !fleet) await scheduler.schedule({ mode: 'cluster', target });
      return outcome;
    },
  };
  const workers: Worker[] = [];
  return {
    deps,
    engine,
    sink,
    async startWorkers({ redisAnswered }) {
      const backoff = new PollBackoff(state, prefix, config.alerts.pollIntervalMs);
      const apply = { redis: state, prefix, engine, configs };
      const fleetDeps: PollFleetDeps | undefined = graph
        ? {
            ...apply,
            graph,
            subscriptions: [config.azure.subscriptionId],
            backoff,
            logger,
            watched: (cluster: string) => clusters.get(cluster),
          }
        : undefined;
      workers.push(
        startAlertEventWorker({ connection: options.connect('worker'), prefix, engine, logger }),
        startAlertPollWorker({
          connection: options.connect('worker'),
          prefix,
          cluster: { ...apply, arm: options.arm, backoff, logger },
          fleet: fleetDeps,
          lease: (name) => new RedisLease(shared, prefix, name, options.holder, LEASE_TTL_MS),
          logger,
        }),
      );
      const schedulePolls = async () => {
        if (fleet) await scheduler.schedule({ mode: 'fleet' });
        else for (const target of await clusters.all()) await scheduler.schedule({ mode: 'cluster', target });
      };
      // Start-up goes on while Redis refuses or is down (commands answer "queue unavailable"): the polls
      // are scheduled when it answers, and a failed attempt is tried again then, instead of ending the
      // process or holding its start.
      const retryWhenReady = (error: unknown) => {
        logger.warn(
          { err: String((error as Error)?.message ?? error) },
          'compliance polls not scheduled; retrying when redis answers',
        );
        shared.once('ready', () => void schedulePolls().catch(retryWhenReady));
      };
      const scheduled = schedulePolls().catch(retryWhenReady);
      if (redisAnswered) await scheduled;
      else logger.warn('compliance polls not scheduled yet: redis is not answering; they are when it does');
      return workers;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([sink.close(), scheduler.close()]);
      await state.quit().catch(() => state.disconnect());
    },
  };
}
