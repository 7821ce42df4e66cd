import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import type { Worker } from 'bullmq';
import { consoleDeliverer, registerConsole } from '../adapters/console/index.ts';
import { createSlack } from '../adapters/slack/index.ts';
import { createTeams } from '../adapters/teams/index.ts';
import { clusterEventsToAlerts } from '../jobs/cluster-alerts.ts';
import { auditCommandOutcomes } from '../jobs/command-audit.ts';
import { BullCommandQueue } from '../jobs/command-queue.ts';
import { startCommandWorker } from '../jobs/command-worker.ts';
import { type ConnectionRole, createConnection } from '../jobs/connection.ts';
import { startPreviewWorker } from '../jobs/handlers/confirm-preview-worker.ts';
import { HANDLERS } from '../jobs/handlers/index.ts';
import { notifyBacklog } from '../jobs/notify-backlog.ts';
import { BullNotifyQueue } from '../jobs/notify-queue.ts';
import { startNotifyWorker } from '../jobs/notify-worker.ts';
import { instrumentWorker } from '../jobs/worker-metrics.ts';
import type { ArmSandbox } from '../sandbox/arm/server.ts';
import type { KubeSandbox } from '../sandbox/kube/kube-sandbox.ts';
import { AccessPolicy } from '../src/access/access-policy.ts';
import { AuditLog } from '../src/access/audit-log.ts';
import { ConfirmPolicy } from '../src/access/confirm-policy.ts';
import { ConfirmationStore } from '../src/access/confirmations.ts';
import { RoleBindings } from '../src/access/role-bindings.ts';
import { registerFluxWebhook } from '../src/alerts/sources/webhook-route.ts';
import { armEndpointFor, productionCredential } from '../src/azure/arm-client.ts';
import { clusterProblem } from '../src/azure/check-cluster.ts';
import { overwriteImpact } from '../src/azure/overwrite-impact.ts';
import type { ClusterFluxEvent } from '../src/cluster/watch/cluster-event.ts';
import type { Deliverer } from '../src/notify/deliverer.ts';
import { MessageStateStore } from '../src/notify/message-state.ts';
import type { Config } from '../src/platform/config.ts';
import { describeRedisTarget } from '../src/platform/describe-redis-target.ts';
import { stillFenced } from '../src/platform/fenced-write.ts';
import { registerHealthRoutes } from '../src/platform/health-routes.ts';
import { Router } from '../src/platform/http-router.ts';
import { LEASE_TTL_MS, leaseHolderId, RedisLease } from '../src/platform/lease.ts';
import { createLogger, type Logger } from '../src/platform/logger.ts';
import { checkReadiness } from '../src/platform/readiness.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import { redisDurabilityWarnings } from '../src/platform/redis-durability.ts';
import type { RedisTarget } from '../src/platform/redis-target.ts';
import { resolveRedis } from '../src/platform/resolve-redis.ts';
import { createSealer } from '../src/platform/seal.ts';
import { waitReady } from '../src/platform/wait-redis-ready.ts';
import { ChannelContextStore } from '../src/submit/channel-context-store.ts';
import type { SubmitDeps } from '../src/submit/submit-deps.ts';
import { createAlertsRuntime } from './alerts-runtime.ts';
import { armClients } from './arm-clients.ts';
import { bounded } from './bounded.ts';
import { type ClusterRuntime, createClusterRuntime } from './cluster-runtime.ts';
import { FORCE_CLOSE_MS, type StopPlan, stopGracefully } from './graceful-stop.ts';
import { listen } from './listen.ts';
import { registerMetricsRoute } from './metrics-route.ts';
import { readinessChecks } from './readiness-checks.ts';
import { openSandboxKit, type SandboxKit } from './sandbox-kit.ts';

/** A running fluxops process, as `startFluxops` returns it. */
export interface Fluxops {
  url?: string;
  /** Where /livez, /readyz and /healthz answer: `url` for web, the HEALTH_PORT server for a worker. */
  healthUrl: string;
  config: Config;
  /** The Redis in use (REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS, or the one found). */
  redis: RedisTarget;
  /** Its `redis://host:port` (Cluster: a seed node; Sentinel: the first sentinel), see resolve-redis.ts. */
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
  const redis = await resolveRedis({ redis: config.redis }, logger);
  logger.info({ source: redis.source, ...describeRedisTarget(redis.target) }, 'using redis');
  const kit: SandboxKit | undefined = config.sandbox ? await openSandboxKit(config, logger) : undefined;
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
  const connections: RedisClient[] = [];
  const open = (role: ConnectionRole) => {
    const c = createConnection(redis.target, role, logger);
    connections.push(c);
    return c;
  };
  const producer = open('producer');
  const redisAnswered = await waitReady(producer);
  if (!redisAnswered) logger.warn('redis is not answering yet; commands get "queue unavailable" until it does');
  else if (!config.sandbox) for (const warning of await redisDurabilityWarnings(producer)) logger.warn(warning);
  const sealer = createSealer(config.secretKey);
  // Who this process is when it holds a lease (one poller and one watcher per cluster across workers).
  const holder = leaseHolderId();
  // Sentinel: "Queued." waits for the job to reach the replica, so a failover cannot drop it.
  const commandQueue = new BullCommandQueue(producer, prefix, undefined, redis.target.kind === 'sentinel' ? 1 : 0);
  // The sealer also keeps sensitive replies (the `alerts setup` key) sealed while notify jobs wait.
  const notifyQueue = new BullNotifyQueue(open('worker'), prefix, sealer);
  const alerts = await createAlertsRuntime({
    config,
    connect: open,
    arm,
    graph: config.alerts.fleetQuery === 'resourcegraph' ? await resourceGraphClient(config, kit) : undefined,
    notify: notifyQueue,
    sealer,
    holder,
    logger,
  });
  const deps: SubmitDeps = {
    queue: commandQueue,
    contexts: new ChannelContextStore(producer, prefix),
    confirmations: new ConfirmationStore(producer, prefix),
    sealer,
    logger,
    audit: new AuditLog(producer, prefix),
    // Sandbox without FLUXOPS_ADMINS: access control off, every user an admin (logged below).
    access: new AccessPolicy(
      { admins: config.admins, enforce: !config.sandbox || config.admins.length > 0 },
      new RoleBindings(producer, prefix),
      // Slack user groups, once Slack is set up below (no Slack: no group has members).
      async (group, principal) => (await slack?.memberOf(group, principal)) ?? false,
    ),
    confirmPolicy: new ConfirmPolicy(producer, prefix),
    boundaries: config.boundaries,
    armSubscriptionId: config.azure.subscriptionId,
    // Sandbox only: `sandbox oom|fail|recover|drift …` pull the kube stand-in's fault levers from any chat.
    intercept: kit?.intercept,
    // `use` reads the cluster in Azure before the channel remembers it.
    checkCluster: (target) => clusterProblem(arms.for(target.subscriptionId ?? config.azure.subscriptionId), target),
    // `flux create` / `extension create` read what they would replace and ask before replacing it.
    overwriteImpact: (command, locale) =>
      overwriteImpact(arms.for(command.target.subscriptionId ?? config.azure.subscriptionId), command, locale),
  };
  if (!deps.access?.enforcing)
    logger.warn('access control is off (sandbox without FLUXOPS_ADMINS): every user is an admin');
  else if (config.admins.length === 0) logger.warn('no FLUXOPS_ADMINS: only help answers until an admin is configured');
  // Teams (botbuilder stays inside adapters/teams): /api/messages for web, the deliverer for workers.
  const teams = config.teams
    ? createTeams({ settings: config.teams, redis: producer, prefix, logger, allowLoopbackServiceUrl: config.sandbox })
    : undefined;
  // Slack (Bolt stays inside adapters/slack): /slack/events or Socket Mode for web, the deliverer for workers.
  const slack = config.slack
    ? createSlack({ settings: config.slack, redis: producer, prefix, notify: notifyQueue, logger })
    : undefined;

  const workers: Worker[] = [];
  // /livez, /readyz and /healthz: on the main port, or for a worker-only process on HEALTH_PORT.
  const router = new Router();
  registerHealthRoutes(
    router,
    { mode: config.sandbox ? 'sandbox' : 'azure', role: config.role, redis: () => producer.status },
    () => checkReadiness(readinessChecks({ config, redis: producer, workers, credential })),
  );
  registerMetricsRoute(router, [commandQueue.queue, notifyQueue.queue, alerts.sink.queue]);
  if (config.role !== 'worker') {
    // Flux's notification-controller posts here (generic-hmac); events become alert jobs.
    registerFluxWebhook(router, { keys: alerts.deps.keys, sink: alerts.sink, logger });
    if (config.sandbox || config.console.token) {
      registerConsole({
        router,
        subscriber: open('worker'),
        prefix,
        deps,
        token: config.console.token,
        identity: config.console.user,
      });
    }
    teams?.registerRoutes(router, deps);
    slack?.startIngress(router, deps);
  }
  const http = await listen({ router, config, logger });

  let stopPlan: Omit<StopPlan, 'logger' | 'graceMs'> | undefined;
  let watcherPort: ReturnType<typeof clusterEventsToAlerts> | undefined;
  if (config.role !== 'web') {
    const workerConnection = open('worker');
    const messageStates = new MessageStateStore(workerConnection, prefix);
    const commandWorker = startCommandWorker({
      connection: workerConnection,
      prefix,
      concurrency: config.workerConcurrency,
      handlers: HANDLERS,
      messageRef: async (platform, key) => (await messageStates.get(platform, key))?.ref,
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
    // Live impact for waiting confirmation prompts (what prune deletes, which configs an extension delete strands).
    const previewWorker = startPreviewWorker({
      connection: workerConnection,
      prefix,
      arm,
      armFor: (subscriptionId) => arms.for(subscriptionId),
      notify: notifyQueue,
      sealer,
      logger,
    });
    const notifyWorker = startNotifyWorker({
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
    });
    const alertWorkers = await alerts.startWorkers({ redisAnswered });
    workers.push(commandWorker, previewWorker, notifyWorker, ...alertWorkers);
    for (const worker of workers) instrumentWorker(worker);
    stopPlan = {
      takers: [commandWorker, previewWorker, ...alertWorkers],
      notify: notifyWorker,
      backlog: () => notifyBacklog(notifyQueue.queue),
    };
    // Watcher events go to the alert engine through the webhook's queue (OOM kills, drift, Ready).
    watcherPort = clusterEventsToAlerts({ sink: alerts.sink, logger, observe: options.onClusterEvent });
    // One watcher per cluster across all workers: whichever holds the cluster's lease (fenced events).
    await clusters.startWatchers(watcherPort, {
      lease: (name) => new RedisLease(workerConnection, prefix, name, holder, LEASE_TTL_MS),
      stillFenced: (grant) => stillFenced(workerConnection, grant),
    });
  }

  let closed = false;
  return {
    url: config.role === 'worker' ? undefined : http.url,
    healthUrl: http.url,
    config,
    redis: redis.target,
    redisUrl: redis.url,
    arm,
    sandbox: kit?.arm,
    kubeSandbox: kit?.kube,
    clusters,
    workers,
    async close() {
      if (closed) return;
      closed = true;
      // No new requests, then the workers' graceful stop (their replies delivered), then the rest.
      await http.close();
      await slack?.close();
      await clusters.close();
      watcherPort?.buffer.close();
      if (stopPlan) await stopGracefully({ ...stopPlan, logger, graceMs: config.shutdownGraceMs });
      await bounded(Promise.all([alerts.close(), commandQueue.close(), notifyQueue.close()]), FORCE_CLOSE_MS);
      // A connection still reconnecting (Redis unreachable) would queue QUIT forever: drop it instead.
      await Promise.all(
        connections.map((c) => (c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect())),
      );
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
