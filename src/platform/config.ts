import { SETTINGS, type SettingName } from './config-schema.ts';
import type { RateWindow } from './parse-rate-windows.ts';
import { redactUrlCredentials } from './redact-url.ts';
import type { RedisNode, RedisNodeAuth, RedisTarget, SentinelAuth } from './redis-target.ts';

// env → typed config, validated once at start-up. A bad value throws a ConfigError whose message is
// one line naming the variable, what is wrong with the value, and an accepted example.

/** Settings whose values are never echoed back, not even in an error. */
const SECRET_SETTINGS = new Set<SettingName>([
  'FLUXOPS_SECRET_KEY',
  'CONSOLE_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'MicrosoftAppPassword',
  'REDIS_PASSWORD',
  'REDIS_SENTINEL_PASSWORD',
]);

/** Settings shown with their URL credentials replaced by `***` in an error. */
const URL_SETTINGS = new Set<SettingName>(['REDIS_URL']);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Role = 'all' | 'web' | 'worker';

/** Slack Web API budgets (SLACK_RATE_*): per workspace for chat.update and users.info, per channel for chat.postMessage. */
export interface SlackRates {
  chatUpdate: RateWindow[];
  postMessage: RateWindow[];
  usersInfo: RateWindow[];
}
export type AzureCloud = 'AzurePublicCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';

export interface Config {
  role: Role;
  sandbox: boolean;
  port: number;
  /** HOST as set; unset, the bind rule (bind-host.ts) picks 127.0.0.1 or 0.0.0.0. */
  host?: string;
  /** HEALTH_PORT: where a worker-only process serves its health endpoints; unset, PORT. */
  healthPort?: number;
  logLevel: string;
  /** REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS; undefined: find one (resolve-redis.ts). */
  redis?: RedisTarget;
  queuePrefix: string;
  workerConcurrency: number;
  secretKey?: string;
  azure: { subscriptionId: string; cloud: AzureCloud; armEndpoint?: string };
  complianceDeadlineMs: number;
  shutdownGraceMs: number;
  sandboxOptions: {
    reconcileMs: number;
    agentRelayMs: number;
    operationMs: number;
    faults?: string;
    useKubeconfig: boolean;
    /** FLUXOPS_SANDBOX_URL: the standalone sandbox to use instead of embedded stand-ins. */
    url?: string;
    /** SANDBOX_PORT: the standalone sandbox's own control port (`npm run sandbox`). */
    port: number;
  };
  /** `user`: CONSOLE_USER, the identity of every console request; undefined: the body's user (sandbox only). */
  console: { token?: string; user?: string };
  /** FLUXOPS_ADMINS; empty when unset. */
  admins: string[];
  /** Where requests may come from and which subscriptions they may name (empty: not restricted). */
  boundaries: { slackTeams: string[]; teamsTenants: string[]; subscriptions: string[] };
  kube: {
    kubeconfig?: string;
    contexts?: string;
    inCluster?: string;
    aksCredentials: boolean;
    watch?: string;
    watchReady?: boolean;
  };
  publicUrl?: string;
  alerts: { pollIntervalMs: number; burst: number; fleetQuery: 'none' | 'resourcegraph'; keyGraceMs: number };
  slack?: {
    signingSecret?: string;
    botToken?: string;
    appToken?: string;
    apiUrl?: string;
    rates: SlackRates;
  };
  teams?: { appId?: string; appPassword?: string; appType: string; tenantId?: string; botRate: RateWindow[] };
}

/** The subscription the sandbox plays when none is configured. */
export const SANDBOX_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000000';

type Env = Record<string, string | undefined>;

/** Checks the composition root adds for settings whose rules live outside src/ (a message = invalid). */
export type ExtraChecks = Partial<Record<SettingName, (value: string) => string | undefined>>;

function read(env: Env, name: SettingName, extra: ExtraChecks = {}): unknown {
  const setting: { schema: { safeParse(v: unknown): unknown }; example: string; default?: string } = SETTINGS[name];
  const raw = env[name];
  const value = raw === undefined || raw === '' ? setting.default : raw;
  if (value === undefined) return undefined;
  const result = setting.schema.safeParse(value) as
    | { success: true; data: unknown }
    | { success: false; error: { issues: { message: string }[] } };
  const problem = result.success ? extra[name]?.(String(value)) : (result.error.issues[0]?.message ?? 'is not valid');
  if (result.success && problem === undefined) return result.data;
  const shown = SECRET_SETTINGS.has(name)
    ? '(hidden)'
    : JSON.stringify(URL_SETTINGS.has(name) ? redactUrlCredentials(String(value)) : value);
  throw new ConfigError(`Invalid ${name}=${shown}: ${problem}. Example: ${name}=${setting.example}`);
}

export function loadConfig(env: Env = process.env, extra: ExtraChecks = {}): Config {
  const get = <T>(name: SettingName) => read(env, name, extra) as T;
  const subscriptionId = get<string | undefined>('AZURE_SUBSCRIPTION_ID');
  const forcedSandbox = get<boolean | undefined>('FLUXOPS_SANDBOX');
  const sandboxUrl = get<string | undefined>('FLUXOPS_SANDBOX_URL');
  // Rule 1: sandbox when forced, when a standalone sandbox is named, or when nothing says which Azure to talk to.
  const sandbox = forcedSandbox ?? (sandboxUrl !== undefined || subscriptionId === undefined);
  if (forcedSandbox === false && sandboxUrl !== undefined) {
    throw new ConfigError(
      'Invalid FLUXOPS_SANDBOX="false": FLUXOPS_SANDBOX_URL names a sandbox; unset one of them. Example: FLUXOPS_SANDBOX_URL=http://127.0.0.1:3990',
    );
  }
  if (forcedSandbox === false && subscriptionId === undefined) {
    throw new ConfigError(
      'Invalid FLUXOPS_SANDBOX="false": real Azure needs AZURE_SUBSCRIPTION_ID. Example: AZURE_SUBSCRIPTION_ID=00000000-0000-0000-0000-000000000000',
    );
  }
  const role = get<Role>('FLUXOPS_ROLE');
  const secretKey = get<string | undefined>('FLUXOPS_SECRET_KEY');
  // Rule 2: outside the sandbox the key that seals secrets in jobs and webhook HMAC keys must outlive
  // the process (a restart must still read them) and be shared by every web and worker process.
  if ((role !== 'all' || !sandbox) && secretKey === undefined) {
    const why =
      role !== 'all'
        ? `FLUXOPS_ROLE=${role}, shared by web and worker`
        : 'outside sandbox mode, so restarts can read what was sealed';
    throw new ConfigError(
      `Invalid FLUXOPS_SECRET_KEY (unset): required when ${why}; make one with \`openssl rand -base64 32\`. Example: FLUXOPS_SECRET_KEY=${SETTINGS.FLUXOPS_SECRET_KEY.example}`,
    );
  }
  const appId = get<string | undefined>('MicrosoftAppId');
  const teamsEnabled = get<boolean | undefined>('TEAMS_ENABLED');
  // Rule 3: Teams without an app id means auth off — acceptable only against the sandbox.
  if (!sandbox && appId === undefined && teamsEnabled === true) {
    throw new ConfigError(
      'Invalid TEAMS_ENABLED="true": outside sandbox mode Teams needs MicrosoftAppId (auth cannot be off). Example: MicrosoftAppId=11111111-2222-3333-4444-555555555555',
    );
  }
  const slackSigning = get<string | undefined>('SLACK_SIGNING_SECRET');
  const slackBot = get<string | undefined>('SLACK_BOT_TOKEN');
  const slackApp = get<string | undefined>('SLACK_APP_TOKEN');
  // Rule 4: Slack needs a bot token plus a way in (signing secret for HTTP, app token for Socket Mode).
  if (slackSigning !== undefined || slackApp !== undefined || slackBot !== undefined) {
    if (slackBot === undefined) {
      throw new ConfigError(
        'Invalid SLACK_BOT_TOKEN (unset): Slack needs the bot token. Example: SLACK_BOT_TOKEN=xoxb-…',
      );
    }
    if (slackSigning === undefined && slackApp === undefined) {
      throw new ConfigError(
        'Invalid SLACK_SIGNING_SECRET (unset): Slack over HTTP needs the signing secret (or set SLACK_APP_TOKEN for Socket Mode). Example: SLACK_SIGNING_SECRET=8f7e…',
      );
    }
  }
  // Rule 5: one Redis topology, with the settings that belong to it (rules 5a-5c on redisTarget).
  const redis = redisTarget(get);
  const queuePrefix = get<string>('FLUXOPS_QUEUE_PREFIX');
  // Rule 6: on Redis Cluster every key must share the prefix's hash tag, or BullMQ's scripts and the
  // alert engine's transactions fail with CROSSSLOT; refuse at start rather than on the first command.
  if (redis?.kind === 'cluster' && !/\{[^}]+\}/.test(queuePrefix)) {
    throw new ConfigError(
      `Invalid FLUXOPS_QUEUE_PREFIX=${JSON.stringify(queuePrefix)}: with REDIS_CLUSTER_NODES it must contain a {hash tag} so every key lands in one cluster slot. Example: FLUXOPS_QUEUE_PREFIX={fluxops}`,
    );
  }
  const teamsOn = appId !== undefined || (sandbox && teamsEnabled !== false);
  return {
    role,
    sandbox,
    port: get('PORT'),
    host: get('HOST'),
    healthPort: get('HEALTH_PORT'),
    logLevel: get('LOG_LEVEL'),
    redis,
    queuePrefix,
    workerConcurrency: get('FLUXOPS_WORKER_CONCURRENCY'),
    secretKey,
    azure: {
      subscriptionId: subscriptionId ?? SANDBOX_SUBSCRIPTION_ID,
      cloud: get('AZURE_CLOUD'),
      armEndpoint: get('AZURE_ARM_ENDPOINT'),
    },
    complianceDeadlineMs: get('COMPLIANCE_DEADLINE'),
    shutdownGraceMs: get('SHUTDOWN_GRACE'),
    sandboxOptions: {
      reconcileMs: get('SANDBOX_RECONCILE_MS'),
      agentRelayMs: get('SANDBOX_AGENT_RELAY'),
      operationMs: get('SANDBOX_OPERATION_MS'),
      faults: get('SANDBOX_FAULTS'),
      useKubeconfig: get('SANDBOX_USE_KUBECONFIG'),
      url: sandboxUrl,
      port: get('SANDBOX_PORT'),
    },
    console: {
      token: get('CONSOLE_TOKEN'),
      user: get<string | undefined>('CONSOLE_USER') ?? (sandbox ? undefined : 'console'),
    },
    admins: get<string[] | undefined>('FLUXOPS_ADMINS') ?? [],
    boundaries: {
      slackTeams: get<string[] | undefined>('SLACK_TEAM_IDS') ?? [],
      teamsTenants: [
        ...(get('MicrosoftAppType') === 'SingleTenant' && get('MicrosoftAppTenantId')
          ? [get<string>('MicrosoftAppTenantId')]
          : []),
        ...(get<string[] | undefined>('TEAMS_TENANT_IDS') ?? []),
      ],
      subscriptions: get<string[] | undefined>('AZURE_SUBSCRIPTION_IDS') ?? [subscriptionId ?? SANDBOX_SUBSCRIPTION_ID],
    },
    kube: {
      kubeconfig: get('KUBECONFIG'),
      contexts: get('KUBE_CONTEXTS'),
      inCluster: get('KUBE_IN_CLUSTER'),
      aksCredentials: get('KUBE_AKS_CREDENTIALS'),
      watch: get('KUBE_WATCH'),
      watchReady: get('KUBE_WATCH_READY'),
    },
    publicUrl: get('FLUXOPS_PUBLIC_URL'),
    alerts: {
      pollIntervalMs: get('COMPLIANCE_POLL_INTERVAL'),
      burst: get('ALERT_BURST'),
      fleetQuery: get('FLEET_QUERY'),
      keyGraceMs: get('WEBHOOK_KEY_GRACE'),
    },
    slack:
      slackBot !== undefined || slackSigning !== undefined || slackApp !== undefined
        ? {
            signingSecret: slackSigning,
            botToken: slackBot,
            appToken: slackApp,
            apiUrl: get('SLACK_API_URL'),
            rates: {
              chatUpdate: get('SLACK_RATE_CHAT_UPDATE'),
              postMessage: get('SLACK_RATE_POST_MESSAGE'),
              usersInfo: get('SLACK_RATE_USERS_INFO'),
            },
          }
        : undefined,
    teams: teamsOn
      ? {
          appId,
          appPassword: get('MicrosoftAppPassword'),
          appType: get('MicrosoftAppType'),
          tenantId: get('MicrosoftAppTenantId'),
          botRate: get('TEAMS_RATE_BOT'),
        }
      : undefined,
  };
}

/**
 * Which Redis the environment names. Rules:
 * 5a. at most one of REDIS_URL, REDIS_CLUSTER_NODES, REDIS_SENTINELS;
 * 5b. REDIS_SENTINELS needs REDIS_SENTINEL_NAME, and REDIS_SENTINEL_NAME needs REDIS_SENTINELS;
 * 5c. REDIS_USERNAME, REDIS_PASSWORD and REDIS_TLS=true belong to Cluster and Sentinel: REDIS_URL carries
 *     its own (`rediss://user:password@host:port`), and two sources of one password would disagree.
 * 5d. REDIS_SENTINEL_USERNAME and REDIS_SENTINEL_PASSWORD belong to Sentinel alone.
 */
function redisTarget(get: <T>(name: SettingName) => T): RedisTarget | undefined {
  const url = get<string | undefined>('REDIS_URL');
  const nodes = get<RedisNode[] | undefined>('REDIS_CLUSTER_NODES');
  const sentinels = get<RedisNode[] | undefined>('REDIS_SENTINELS');
  const name = get<string | undefined>('REDIS_SENTINEL_NAME');
  const auth: RedisNodeAuth = {
    username: get('REDIS_USERNAME'),
    password: get('REDIS_PASSWORD'),
    tls: get('REDIS_TLS'),
  };
  const sentinelAuth: SentinelAuth = {
    username: get('REDIS_SENTINEL_USERNAME'),
    password: get('REDIS_SENTINEL_PASSWORD'),
  };
  const set = [url && 'REDIS_URL', nodes && 'REDIS_CLUSTER_NODES', sentinels && 'REDIS_SENTINELS'].filter(Boolean);
  if (set.length > 1) {
    throw new ConfigError(
      `Invalid ${set.join(' + ')}: set only one of REDIS_URL (one server), REDIS_CLUSTER_NODES (Redis Cluster) or REDIS_SENTINELS (Sentinel). Example: REDIS_CLUSTER_NODES=${SETTINGS.REDIS_CLUSTER_NODES.example}`,
    );
  }
  if (sentinels && !name) {
    throw new ConfigError(
      `Invalid REDIS_SENTINEL_NAME (unset): REDIS_SENTINELS needs the name of the master the sentinels monitor. Example: REDIS_SENTINEL_NAME=${SETTINGS.REDIS_SENTINEL_NAME.example}`,
    );
  }
  if (name && !sentinels) {
    throw new ConfigError(
      `Invalid REDIS_SENTINEL_NAME=${JSON.stringify(name)}: it only applies with REDIS_SENTINELS. Example: REDIS_SENTINELS=${SETTINGS.REDIS_SENTINELS.example}`,
    );
  }
  const authSet = [
    auth.username !== undefined && 'REDIS_USERNAME',
    auth.password !== undefined && 'REDIS_PASSWORD',
    auth.tls && 'REDIS_TLS',
  ].filter(Boolean);
  if (!nodes && !sentinels && authSet.length > 0) {
    throw new ConfigError(
      `Invalid ${authSet.join(' + ')}: these apply to REDIS_CLUSTER_NODES or REDIS_SENTINELS; with one server put them in REDIS_URL. Example: REDIS_URL=rediss://fluxops:PASSWORD@fluxops.redis.cache.windows.net:6380`,
    );
  }
  const sentinelAuthSet = [
    sentinelAuth.username !== undefined && 'REDIS_SENTINEL_USERNAME',
    sentinelAuth.password !== undefined && 'REDIS_SENTINEL_PASSWORD',
  ].filter(Boolean);
  if (!sentinels && sentinelAuthSet.length > 0) {
    throw new ConfigError(
      `Invalid ${sentinelAuthSet.join(' + ')}: these are the sentinels' own login and apply only with REDIS_SENTINELS. Example: REDIS_SENTINELS=${SETTINGS.REDIS_SENTINELS.example}`,
    );
  }
  if (nodes) return { kind: 'cluster', nodes, auth };
  if (sentinels && name) return { kind: 'sentinel', sentinels, name, auth, sentinelAuth };
  return url ? { kind: 'url', url } : undefined;
}
