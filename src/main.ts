import { fileURLToPath } from 'node:url';
import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { consoleDeliverer, registerConsole } from '../adapters/console/index.ts';
import { createSlack } from '../adapters/slack/index.ts';
import { createTeams } from '../adapters/teams/index.ts';
import { createAlertsRuntime } from '../jobs/alerts-runtime.ts';
import { clusterEventsToAlerts } from '../jobs/cluster-alerts.ts';
import { auditCommandOutcomes } from '../jobs/command-audit.ts';
import { BullCommandQueue } from '../jobs/command-queue.ts';
import { startCommandWorker } from '../jobs/command-worker.ts';
import { createConnection } from '../jobs/connection.ts';
import { startPreviewWorker } from '../jobs/handlers/confirm-preview-worker.ts';
import { HANDLERS } from '../jobs/handlers/index.ts';
import { BullNotifyQueue } from '../jobs/notify-queue.ts';
import { startNotifyWorker } from '../jobs/notify-worker.ts';
import { sandboxCredential, sandboxHttpClient } from '../sandbox/arm/sdk-client.ts';
import { type ArmSandbox, startArmSandbox } from '../sandbox/arm/server.ts';
import { sandboxChatIntercept } from '../sandbox/kube/sandbox-chat.ts';
import { AuditLog } from './access/audit-log.ts';
import { ConfirmationStore } from './access/confirmations.ts';
import { armEndpointFor, createArmClient, productionCredential } from './azure/arm-client.ts';
import type { ClusterFluxEvent } from './cluster/cluster-event.ts';
import { type ClusterRuntime, createClusterRuntime } from './cluster/cluster-runtime.ts';
import { helpReply } from './commands/help.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { ChannelContextStore } from './context/channel-context-store.ts';
import { startHttpServer } from './http/http-server.ts';
import { Router, sendJson } from './http/router.ts';
import { createLogger, type Logger } from './log/logger.ts';
import type { Deliverer } from './notify/deliverer.ts';
import { RedisUnavailableError, resolveRedis } from './redis/resolve-redis.ts';
import { waitReady } from './redis/wait-ready.ts';
import { createSealer } from './secrets/seal.ts';
import type { SubmitDeps } from './submit/submit.ts';

/**
 * The one composition root: config → logger → Redis → Azure (real or sandbox) → queues → HTTP
 * ingress (role web) and workers (role worker). `startFluxops` is also what integration tests run.
 */

export interface Fluxops {
  url?: string;
  config: Config;
  redisUrl: string;
  arm: SourceControlConfigurationClient;
  sandbox?: ArmSandbox;
  /** Kube access and watchers (sandbox: `clusters.kubeSandbox` holds the kube stand-ins and their faults). */
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

/** One ARM client per subscription, made on first use; the configured subscription's is the default. */
function armClientCache(make: (subscriptionId: string) => SourceControlConfigurationClient) {
  const clients = new Map<string, SourceControlConfigurationClient>();
  return {
    for(subscriptionId: string) {
      let client = clients.get(subscriptionId);
      if (!client) {
        client = make(subscriptionId);
        clients.set(subscriptionId, client);
      }
      return client;
    },
  };
}

async function connectArm(config: Config, logger: Logger) {
  if (!config.sandbox) {
    const endpoint = armEndpointFor(config.azure.cloud, config.azure.armEndpoint);
    const credential = productionCredential(config.azure.cloud);
    const armClients = armClientCache((subscriptionId) => createArmClient({ subscriptionId, endpoint, credential }));
    return { arm: armClients.for(config.azure.subscriptionId), armClients };
  }
  const sandbox = await startArmSandbox({
    subscriptionId: config.azure.subscriptionId,
    reconcileMs: config.sandboxOptions.reconcileMs,
    operationDelayMs: config.sandboxOptions.operationMs,
  });
  if (config.sandboxOptions.faults) sandbox.faults.parse(config.sandboxOptions.faults);
  logger.info(
    { url: sandbox.url },
    'sandbox ARM stand-in listening (HTTPS, self-signed CA trusted by this process only)',
  );
  const httpClient = sandboxHttpClient(sandbox.caPem);
  const armClients = armClientCache((subscriptionId) =>
    createArmClient({ subscriptionId, endpoint: sandbox.url, credential: sandboxCredential(), httpClient }),
  );
  return { arm: armClients.for(config.azure.subscriptionId), armClients, sandbox };
}

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
  const { arm, armClients, sandbox } = await connectArm(config, logger);
  // Kube API per cluster (sandbox: the kube stand-in, kept in step with the ARM stand-in's world).
  const clusters = await createClusterRuntime({
    config,
    logger,
    sandboxWorld: sandbox?.world,
    credential: config.sandbox ? undefined : productionCredential(config.azure.cloud),
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
    sandboxWorld: sandbox?.world,
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
    intercept: clusters.kubeSandbox
      ? sandboxChatIntercept(clusters.kubeSandbox, { helpOverview: () => helpReply() })
      : undefined,
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
    alerts.registerRoutes(router);
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
      armFor: (subscriptionId) => armClients.for(subscriptionId),
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
        armFor: (subscriptionId) => armClients.for(subscriptionId),
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
    sandbox,
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
      await clusters.close();
      await sandbox?.close();
      await redis.stop();
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let app: Fluxops;
  try {
    app = await startFluxops(config, { logger });
  } catch (error) {
    // Settings checked while wiring (e.g. Teams app type and tenant) stop start-up like env ones do.
    if (error instanceof ConfigError) {
      logger.fatal(error.message);
      console.error(error.message);
      process.exit(1);
    }
    if (error instanceof RedisUnavailableError) {
      logger.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing active jobs');
    await app.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
