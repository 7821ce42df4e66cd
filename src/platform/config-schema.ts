// Every setting fluxops reads from the environment. Each entry carries the example shown when the
// value is wrong, so a bad deployment stops with one line that says how to fix it.
import { z } from 'zod';
import { CHAT_SETTINGS } from './settings/chat-settings.ts';
import { REDIS_SETTINGS } from './settings/redis-settings.ts';
import { SANDBOX_SETTINGS } from './settings/sandbox-settings.ts';
import { bool, duration, guid, httpUrl, port, positiveInt, type Setting } from './settings/value-schemas.ts';

// Groups live in ./settings/; the order here is the order of the README's environment table.
export const SETTINGS = {
  FLUXOPS_ROLE: {
    schema: z.enum(['all', 'web', 'worker'], { message: 'must be one of all, web, worker' }),
    example: 'all',
    default: 'all',
    description: 'Which parts run in this process: `web` (HTTP ingress), `worker` (jobs), or `all`.',
  },
  FLUXOPS_SANDBOX: {
    schema: bool,
    example: 'true',
    description:
      'Force sandbox mode (embedded ARM and cluster stand-ins). Default: on when AZURE_SUBSCRIPTION_ID is unset.',
  },
  PORT: { schema: port, example: '3978', default: '3978', description: 'HTTP port for every ingress route.' },
  HOST: {
    schema: z.string().min(1),
    example: '0.0.0.0',
    description:
      'HTTP bind address. Unset: 127.0.0.1 while an ingress runs without authentication (sandbox Teams without MicrosoftAppId, the console without CONSOLE_TOKEN), else 0.0.0.0. Set to a non-loopback address with such an ingress, it is used and a warning is logged.',
  },
  HEALTH_PORT: {
    schema: port,
    example: '3979',
    description:
      'FLUXOPS_ROLE=worker only: port of /livez, /readyz and /healthz (web serves them on PORT). Default: PORT.',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    }),
    example: 'info',
    default: 'info',
    description: 'pino log level.',
  },
  ...REDIS_SETTINGS,
  FLUXOPS_DEFAULT_LOCALE: {
    schema: z.enum(['en', 'ja', 'fr'], { message: 'must be one of en, ja, fr' }),
    example: 'ja',
    default: 'en',
    description:
      'Language of replies when the reader’s is unknown, and of alerts in channels that did not choose one with `use --lang`: `en`, `ja` or `fr`.',
  },
  FLUXOPS_WORKER_CONCURRENCY: {
    schema: positiveInt,
    example: '8',
    default: '8',
    description: 'Command jobs one worker process runs at once.',
  },
  FLUXOPS_SECRET_KEY: {
    schema: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (44 characters)'),
    example: 'q1nM0ZkqGv7f3mK1YbQ2s0V6yXxQWmZ8b3Jr5cT9uLw=',
    description:
      'Key (32 bytes, base64: `openssl rand -base64 32`) sealing secrets in queued jobs and the stored webhook HMAC keys. Required outside sandbox mode and when web and worker run apart; keep it stable across restarts.',
  },
  AZURE_SUBSCRIPTION_ID: {
    schema: guid,
    example: '00000000-0000-0000-0000-000000000000',
    description: 'Default subscription for commands. Setting it (without FLUXOPS_SANDBOX=true) means real Azure.',
  },
  AZURE_CLOUD: {
    schema: z.enum(['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment'], {
      message: 'must be one of AzurePublicCloud, AzureChinaCloud, AzureUSGovernment',
    }),
    example: 'AzurePublicCloud',
    default: 'AzurePublicCloud',
    description: 'Azure cloud; picks the ARM endpoint and authority.',
  },
  AZURE_ARM_ENDPOINT: {
    schema: httpUrl,
    example: 'https://management.azure.com',
    description: 'Overrides the ARM endpoint of AZURE_CLOUD (Azure Stack, proxies).',
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    schema: z.url({ message: 'must be a URL, e.g. http://otel-collector:4318' }),
    example: 'http://otel-collector:4318',
    description:
      'Turns tracing on: spans of each command (chat request → job → ARM requests → reply) go to this OTLP/HTTP collector, and log lines carry trace_id.',
  },
  OTEL_SERVICE_NAME: {
    schema: z.string().min(1),
    example: 'fluxops',
    default: 'fluxops',
    description: 'The service.name of the spans (tracing on only).',
  },
  SHUTDOWN_GRACE: {
    schema: duration,
    example: '25s',
    default: '25s',
    description:
      'On SIGTERM: how long active command jobs may finish and their replies be delivered before the process exits (keep it under the pod terminationGracePeriodSeconds, 30 s by default).',
  },
  COMPLIANCE_DEADLINE: {
    schema: duration,
    example: '10m',
    default: '10m',
    description: 'How long a command follows complianceState before reporting it as still pending.',
  },
  ...SANDBOX_SETTINGS,
  CONSOLE_TOKEN: {
    schema: z.string().min(16, 'must be at least 16 characters'),
    example: 'a-long-random-string-1234',
    description: 'Bearer token for the console chat endpoint; enables it outside sandbox mode.',
  },
  CONSOLE_USER: {
    schema: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be 1-100 letters, digits, . _ -'),
    example: 'ops-oncall',
    description:
      'The one user every console request is (its `console:NAME` id); the request body’s user is ignored. Default outside sandbox: `console`; in sandbox, unset: the body’s user.',
  },
  FLUXOPS_ADMINS: {
    schema: z
      .string()
      .refine(
        (v) =>
          v
            .split(',')
            .map((id) => id.trim())
            .every((id) => /^(slack|teams):[^/\s,]+\/[^/\s,]+$|^console:[^\s,/]+$/.test(id)),
        { message: 'must be a comma list of slack:TEAM/USER, teams:TENANT/AADOBJECTID or console:NAME' },
      )
      .transform((v) => v.split(',').map((id) => id.trim())),
    example:
      'slack:T024BE7LD/U012AB3CD,teams:72f988bf-86f1-41af-91ab-2d7cd011db47/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0,console:alice',
    description:
      'Admins of fluxops (every role, everywhere). Outside sandbox, unset: only `help` answers. Sandbox, unset: access control is off and every user is an admin.',
  },
  SLACK_TEAM_IDS: {
    schema: z
      .string()
      .regex(/^\s*[A-Z0-9]+\s*(,\s*[A-Z0-9]+\s*)*$/, 'must be Slack team ids separated by commas')
      .transform((v) => v.split(',').map((id) => id.trim())),
    example: 'T024BE7LD,T0SECOND1',
    description:
      'Slack workspaces (team ids) fluxops answers; requests from any other team are refused. Unset: only the workspace the bot token is installed in (read once with auth.test).',
  },
  TEAMS_TENANT_IDS: {
    schema: z
      .string()
      .transform((v) => v.split(',').map((id) => id.trim()))
      .pipe(z.array(guid)),
    example: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    description:
      'Entra tenants whose Teams activities fluxops answers, besides MicrosoftAppTenantId with MicrosoftAppType=SingleTenant; others are refused.',
  },
  AZURE_SUBSCRIPTION_IDS: {
    schema: z
      .string()
      .transform((v) => v.split(',').map((id) => id.trim()))
      .pipe(z.array(guid)),
    example: '11111111-2222-3333-4444-555555555555,66666666-7777-8888-9999-000000000000',
    description:
      'Subscriptions `--subscription` (and `use --subscription`) may name. Default: AZURE_SUBSCRIPTION_ID alone (sandbox: the sandbox subscription).',
  },
  FLUXOPS_PUBLIC_URL: {
    schema: httpUrl,
    example: 'https://fluxops.example.com',
    description: 'Public base URL of this service (used in generated webhook and manifest URLs).',
  },
  COMPLIANCE_POLL_INTERVAL: {
    schema: duration,
    example: '60s',
    default: '60s',
    description: 'How often the compliance poller lists fluxConfigurations (per watched cluster, or one fleet query).',
  },
  WEBHOOK_KEY_GRACE: {
    schema: duration,
    example: '24h',
    default: '24h',
    description:
      'After `alerts setup --rotate`, how long the previous webhook key still verifies Flux events, so alerts keep arriving until the new YAML is committed.',
  },
  ALERT_BURST: {
    schema: positiveInt,
    example: '10',
    default: '10',
    description: 'New alerts one channel gets per minute before the rest of that minute collapse into a digest.',
  },
  FLEET_QUERY: {
    schema: z.enum(['none', 'resourcegraph'], { message: 'must be one of none, resourcegraph' }),
    example: 'resourcegraph',
    default: 'none',
    description:
      'resourcegraph: one Azure Resource Graph query polls every cluster of the subscription; none: one list per watched cluster.',
  },
  ...CHAT_SETTINGS,
  KUBECONFIG: {
    schema: z.string().min(1),
    example: '/etc/fluxops/kubeconfig',
    description:
      'Kubeconfig file(s) for cluster commands and watchers (`:`-separated like kubectl); used with KUBE_CONTEXTS.',
  },
  KUBE_CONTEXTS: {
    schema: z.string().refine((v) => /^\s*([^=,\s]+=[^=,\s]+\s*)(,\s*[^=,\s]+=[^=,\s]+\s*)*$/.test(v), {
      message: 'must be cluster=context pairs separated by commas',
    }),
    example: 'flux-demo-arc=arc-admin,flux-demo-rg/flux-demo-aks=aks-user',
    description:
      'Which KUBECONFIG context reaches which cluster (`name=context` or `resourceGroup/name=context`). A command allowed only by a binding with a `--scope` uses `resourceGroup/name` entries alone: a name-only one would reach any cluster of that name.',
  },
  KUBE_IN_CLUSTER: {
    schema: z.string().min(1),
    example: 'flux-demo-arc',
    description:
      'The cluster fluxops runs inside (`name` or `resourceGroup/name`); it is reached with the pod service account. Only the `resourceGroup/name` form serves commands allowed by a binding with a `--scope`.',
  },
  KUBE_AKS_CREDENTIALS: {
    schema: bool,
    example: 'true',
    default: 'true',
    description: 'Reach AKS clusters without a KUBE_CONTEXTS entry through listClusterUserCredentials.',
  },
  KUBE_WATCH: {
    schema: z.string().refine((v) => v.split(',').every((e) => e.trim().split('/').length === 3), {
      message: 'must be resourceGroup/cluster/clusterType entries separated by commas',
    }),
    example: 'flux-demo-rg/flux-demo-arc/connectedClusters',
    description:
      'Clusters whose pods, events and Flux objects are watched for alerts (sandbox: every sandbox cluster).',
  },
  KUBE_WATCH_READY: {
    schema: bool,
    example: 'false',
    description:
      'Watch Ready transitions of Flux objects (alerts without the Flux webhook; also how sandbox faults reach alerts). Default: on.',
  },
  TEAMS_ENABLED: {
    schema: bool,
    example: 'true',
    description:
      'Sandbox only: serve /api/messages without an app id (for the Agents Playground). Default true in sandbox.',
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
