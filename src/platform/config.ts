import { SETTINGS, type SettingName } from './config-schema.ts';

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
]);

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Role = 'all' | 'web' | 'worker';
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
  redisUrl?: string;
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
  alerts: { pollIntervalMs: number; burst: number; fleetQuery: 'none' | 'resourcegraph' };
  slack?: { signingSecret?: string; botToken?: string; appToken?: string; apiUrl?: string };
  teams?: { appId?: string; appPassword?: string; appType: string; tenantId?: string };
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
  const shown = SECRET_SETTINGS.has(name) ? '(hidden)' : JSON.stringify(value);
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
  const teamsOn = appId !== undefined || (sandbox && teamsEnabled !== false);
  return {
    role,
    sandbox,
    port: get('PORT'),
    host: get('HOST'),
    healthPort: get('HEALTH_PORT'),
    logLevel: get('LOG_LEVEL'),
    redisUrl: get('REDIS_URL'),
    queuePrefix: get('FLUXOPS_QUEUE_PREFIX'),
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
    },
    slack:
      slackBot !== undefined || slackSigning !== undefined || slackApp !== undefined
        ? { signingSecret: slackSigning, botToken: slackBot, appToken: slackApp, apiUrl: get('SLACK_API_URL') }
        : undefined,
    teams: teamsOn
      ? {
          appId,
          appPassword: get('MicrosoftAppPassword'),
          appType: get('MicrosoftAppType'),
          tenantId: get('MicrosoftAppTenantId'),
        }
      : undefined,
  };
}
