import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { consoleDeliverer, registerConsole } from '../adapters/console/index.ts';
import { createSlack } from '../adapters/slack/index.ts';
import { createTeams } from '../adapters/teams/index.ts';
import { clusterEventsToAlerts } from '../jobs/cluster-alerts.ts';
import { auditCommandOutcomes } from '../jobs/command-audit.ts';
import { BullCommandQueue } from '../jobs/command-queue.ts';
import { startCommandWorker } from '../jobs/command-worker.ts';
import { createConnection } from '../jobs/connection.ts';
import { startPreviewWorker } from '../jobs/handlers/confirm-preview-worker.ts';
import { HANDLERS } from '../jobs/handlers/index.ts';
import { BullNotifyQueue } from '../jobs/notify-queue.ts';
import { startNotifyWorker } from '../jobs/notify-worker.ts';
import type { ArmSandbox } from '../sandbox/arm/server.ts';
import type { KubeSandbox } from '../sandbox/kube/kube-sandbox.ts';
import { AuditLog } from '../src/access/audit-log.ts';
import { ConfirmationStore } from '../src/access/confirmations.ts';
import { registerFluxWebhook } from '../src/alerts/sources/webhook-route.ts';
import { armEndpointFor, productionCredential } from '../src/azure/arm-client.ts';
import { clusterProblem } from '../src/azure/check-cluster.ts';
import type { ClusterFluxEvent } from '../src/cluster/watch/cluster-event.ts';
import type { Deliverer } from '../src/notify/deliverer.ts';
import type { Config } from '../src/platform/config.ts';
import { Router, sendJson } from '../src/platform/http-router.ts';
import { startHttpServer } from '../src/platform/http-server.ts';
import { createLogger, type Logger } from '../src/platform/logger.ts';
import { resolveRedis } from '../src/platform/resolve-redis.ts';
import { createSealer } from '../src/platform/seal.ts';
import { waitReady } from '../src/platform/wait-redis-ready.ts';
import { ChannelContextStore } from '../src/submit/channel-context-store.ts';
import type { SubmitDeps } from '../src/submit/submit-deps.ts';
import { createAlertsRuntime } from './alerts-runtime.ts';
import { armClients } from './arm-clients.ts';
import { type ClusterRuntime, createClusterRuntime } from './cluster-runtime.ts';
import { type SandboxKit, startSandboxKit } from './sandbox-kit.ts';

/** A running fluxops process, as `startFluxops` returns it. */
export interface Fluxops {
  url?: string;
  config: Config;
  redisUrl: string;
  arm: SourceControlConfigurationClient;
  /** Sandbox mode: the ARM stand-in (its request log, faults and world). */
  sandbox?: ArmSandbox;
  /** Sandbox mode: the kube API stand-ins and their fault levers. */
  kubeSandbox?: KubeSandbox;
  clusters: ClusterRuntime;
  workers: Worker[];
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Overrides for tests: shorter stalled-job detection, faster compliance polling. */
  worker?: { lockDurationMs?: number; stalledIntervalMs?: number; pollIntervalsMs?: number[] };
  /** Extra deliverers (tests plug in recorders). */
  deliverers?: Deliverer[];
  /** Sees every signal the cluster watchers produce (tests). */
  onClusterEvent?: (event: ClusterFluxEvent) => void;
}

/**
 * The one composition root: config → logger → Redis → Azure (real, or sandbox mode's stand-ins) →
 * queues → HTTP ingress (role web) and workers (role worker). Integration tests run it too.
 */
export async function startFluxops(config: Config, options: StartOptions = {}): Promise<Fluxops> {
  const logger = options.logger ?? createLogger(config.logLevel);
  logger.info(
    { role: config.role, mode: config.sandbox ? 'sandbox' : 'azure' },
    config.sandbox
      ? 'fluxops starting in SANDBOX mode: embedded ARM and cluster stand-ins, no calls to Azure'
      : `fluxops starting against Azure (${config.azure.cloud})`,
  );
  const redis = await resolveRedis({ redisUrl: config.redisUrl }, logger);
  logger.info({ source: redis.source, url: redis.url.replace(/\/\/[^@]*@/, '//***@') }, 'using redis');
  const kit: SandboxKit | undefined = config.sandbox ? await startSandboxKit(config, logger) : undefined;
  const arms = armClients(config, kit?.armClient);
  const arm = arms.arm;
  const credential = config.sandbox ? undefined : productionCredential(config.azure.cloud);
  // Kube API per cluster (sandbox: the kube stand-ins, kept in step with the ARM stand-in's world).
  const clusters = await createClusterRuntime({
    config,
    logger,
    extraSources: kit ? [kit.kubeSource] : [],
    watch: kit?.watchTargets(),
    credential,
  });
  const prefix = config.queuePrefix;
  const connections: Redis[] = [];
  const open = (role: 'producer' | 'worker') => {
    const c = createConnection(redis.url, role, logger);
    connections.push(c);
    return c;
  };
  const producer = open('producer');
  if (!(await waitReady(producer)))
    logger.warn('redis is not answering yet; commands get "queue unavailable" until it does');
  const sealer = createSealer(config.secretKey);
  const commandQueue = new BullCommandQueue(producer, prefix);
  // The sealer also keeps sensitive replies (the `alerts setup` key) sealed while notify jobs wait.
  const notifyQueue = new BullNotifyQueue(open('worker'), prefix, sealer);
  const alerts = await createAlertsRuntime({
    config,
    connect: open,
    arm,
    graph: config.alerts.fleetQuery === 'resourcegraph' ? await resourceGraphClient(config, kit) : undefined,
    notify: notifyQueue,
    sealer,
    logger,
  });
  const deps: SubmitDeps = {
    queue: commandQueue,
    contexts: new ChannelContextStore(producer, prefix),
    confirmations: new ConfirmationStore(producer, prefix),
    sealer,
    logger,
    audit: new AuditLog(producer, prefix),
    // Sandbox only: `sandbox oom|fail|recover|drift …` pull the kube stand-in's fault levers from any chat.
    intercept: kit?.intercept,
    // `use` reads the cluster in Azure before the channel remembers it.
    checkCluster: (target) => clusterProblem(arms.for(target.subscriptionId ?? config.azure.subscriptionId), target),
  };
  // Teams (botbuilder stays inside adapters/teams): /api/messages for web, the deliverer for workers.
  const teams = config.teams ? createTeams({ settings: config.teams, redis: producer, prefix, logger }) : undefined;
  // Slack (Bolt stays inside adapters/slack): /slack/events or Socket Mode for web, the deliverer for workers.
  const slack = config.slack
    ? createSlack({ settings: config.slack, redis: producer, prefix, notify: notifyQueue, logger })
    : undefined;

  let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  if (config.role !== 'worker') {
    const router = new Router();
    router.add('GET', '/healthz', (_req, res) =>
      sendJson(res, 200, {
        status: 'ok',
        mode: config.sandbox ? 'sandbox' : 'azure',
        role: config.role,
        redis: producer.status,
      }),
    );
    // Flux's notification-controller posts here (generic-hmac); events become alert jobs.
    registerFluxWebhook(router, { keys: alerts.deps.keys, sink: alerts.sink, logger });
    if (config.sandbox || config.console.token) {
      registerConsole({ router, subscriber: open('worker'), prefix, deps, token: config.console.token });
    }
    teams?.registerRoutes(router, deps);
    slack?.startIngress(router, deps);
    http = await startHttpServer({ router, host: config.host, port: config.port, logger });
    logger.info({ url: http.url }, 'http ingress listening');
  }

  const workers: Worker[] = [];
  if (config.role !== 'web') {
    const workerConnection = open('worker');
    const commandWorker = startCommandWorker({
      connection: workerConnection,
      prefix,
      concurrency: config.workerConcurrency,
      handlers: HANDLERS,
      arm,
      armFor: (subscriptionId) => arms.for(subscriptionId),
      cluster: clusters.access,
      notify: notifyQueue,
      sealer,
      logger,
      settings: {
        complianceDeadlineMs: config.complianceDeadlineMs,
        pollIntervalsMs: options.worker?.pollIntervalsMs,
      },
      alerts: alerts.deps,
      lockDurationMs: options.worker?.lockDurationMs,
      stalledIntervalMs: options.worker?.stalledIntervalMs,
    });
    // The audit trail's "finished" entries come from the command worker's own completion events.
    if (deps.audit) auditCommandOutcomes(commandWorker, deps.audit);
    workers.push(
      commandWorker,
      // Live impact for waiting confirmation prompts (what prune deletes, which configs an extension delete strands).
      startPreviewWorker({
        connection: workerConnection,
        prefix,
        arm,
        armFor: (subscriptionId) => arms.for(subscriptionId),
        notify: notifyQueue,
        sealer,
        logger,
      }),
      startNotifyWorker({
        connection: workerConnection,
        prefix,
        sealer,
        deliverers: [
          consoleDeliverer(open('worker'), prefix),
          ...(teams ? [teams.deliverer] : []),
          ...(slack ? [slack.deliverer] : []),
          ...(options.deliverers ?? []),
        ],
        logger,
      }),
      ...(await alerts.startWorkers()),
    );
    // Watcher events go to the alert engine through the webhook's queue (OOM kills, drift, Ready).
    await clusters.startWatchers(clusterEventsToAlerts({ sink: alerts.sink, logger, observe: options.onClusterEvent }));
  }

  let closed = false;
  return {
    url: http?.url,
    config,
    redisUrl: redis.url,
    arm,
    sandbox: kit?.arm,
    kubeSandbox: kit?.kube,
    clusters,
    workers,
    async close() {
      if (closed) return;
      closed = true;
      await http?.close();
      await slack?.close();
      // Workers finish their active jobs before closing (BullMQ graceful close).
      await Promise.all(workers.map((w) => w.close()));
      await alerts.close();
      await Promise.all([commandQueue.close(), notifyQueue.close()]);
      await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
      clusters.close();
      await kit?.close();
      await redis.stop();
    },
  };
}

/** Fleet mode's Resource Graph client: the stand-in's in sandbox mode, Azure's otherwise. */
async function resourceGraphClient(config: Config, kit: SandboxKit | undefined): Promise<ResourceGraphClient> {
  if (kit) return kit.resourceGraph();
  return new ResourceGraphClient(productionCredential(config.azure.cloud), {
    endpoint: armEndpointFor(config.azure.cloud, config.azure.armEndpoint),
  });
}
