import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every series fluxops exports on `/metrics` (docs/metrics.md lists them with what moves each).
 *
 * Rules:
 * 1. Names follow Prometheus conventions: `fluxops_…_total` counters, `_seconds` histograms.
 * 2. Labels are bounded sets (a queue, a platform, a method, a status code, a command kind) —
 *    never a cluster, a user, a channel or free text.
 * 3. One registry per process, with Node's default process metrics (`fluxops_process_…`, `fluxops_nodejs_…`).
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'fluxops_' });

const registers = [metricsRegistry];
const SECONDS = [0.005, 0.025, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

export const metrics = {
  chatRequests: new Counter({
    name: 'fluxops_chat_requests_total',
    help: 'Chat deliveries answered by prepare/commit, by platform and outcome (queued, confirm, replied, rejected, unavailable).',
    labelNames: ['platform', 'outcome'] as const,
    registers,
  }),
  commands: new Counter({
    name: 'fluxops_commands_total',
    help: 'Command jobs finished, by command kind and final reply status (succeeded, failed, warning, info…).',
    labelNames: ['kind', 'status'] as const,
    registers,
  }),
  jobDuration: new Histogram({
    name: 'fluxops_job_duration_seconds',
    help: 'Time a job ran in a worker, by queue.',
    labelNames: ['queue'] as const,
    buckets: SECONDS,
    registers,
  }),
  jobWait: new Histogram({
    name: 'fluxops_job_queue_wait_seconds',
    help: 'Time from a job being added to a worker taking it, by queue.',
    labelNames: ['queue'] as const,
    buckets: SECONDS,
    registers,
  }),
  queueDepth: new Gauge({
    name: 'fluxops_queue_jobs',
    help: 'Jobs in a queue by state (waiting, active, delayed, failed), read when /metrics is scraped.',
    labelNames: ['queue', 'state'] as const,
    registers,
  }),
  armRequests: new Counter({
    name: 'fluxops_arm_requests_total',
    help: 'Requests to Azure Resource Manager, by HTTP method and status code (429 = throttled; 0 = no answer).',
    labelNames: ['method', 'status'] as const,
    registers,
  }),
  armOperationDuration: new Histogram({
    name: 'fluxops_arm_operation_duration_seconds',
    help: 'Long-running ARM operations, from the accepted write to the poll that saw them end, by final status.',
    labelNames: ['status'] as const,
    buckets: SECONDS,
    registers,
  }),
  complianceFollow: new Histogram({
    name: 'fluxops_compliance_follow_seconds',
    help: 'Time a command followed complianceState after its write, by the state it ended on.',
    labelNames: ['state'] as const,
    buckets: SECONDS,
    registers,
  }),
  alertEvents: new Counter({
    name: 'fluxops_alert_events_total',
    help: 'Flux events the alert engine handled, by source (webhook, compliance, cluster) and transition (open, repeat, resolve, replay, none).',
    labelNames: ['source', 'transition'] as const,
    registers,
  }),
  alertMessages: new Counter({
    name: 'fluxops_alert_messages_total',
    help: 'Alert messages sent to channels, by what they were (alert, folded repeat, recovery, digest).',
    labelNames: ['kind'] as const,
    registers,
  }),
  alertLag: new Histogram({
    name: 'fluxops_alert_lag_seconds',
    help: 'From an event entering the alert queue to the engine having queued its chat messages.',
    buckets: SECONDS,
    registers,
  }),
  deliveries: new Counter({
    name: 'fluxops_chat_deliveries_total',
    help: 'Chat messages posted or updated by the notify worker, by platform and result (delivered, coalesced: a newer progress update of the message was queued, rate_limited, failed).',
    labelNames: ['platform', 'result'] as const,
    registers,
  }),
  rateLimitWaits: new Counter({
    name: 'fluxops_chat_rate_limit_waits_total',
    help: 'Times a delivery waited for a chat platform’s rate limit (its 429 or our per-conversation pacing).',
    labelNames: ['platform'] as const,
    registers,
  }),
  webhookRejections: new Counter({
    name: 'fluxops_webhook_rejections_total',
    help: 'Flux webhook posts refused, by reason (unknown_cluster, too_large, signature, not_json, not_an_event, redis_unavailable).',
    labelNames: ['reason'] as const,
    registers,
  }),
  redisErrors: new Counter({
    name: 'fluxops_redis_errors_total',
    help: 'Redis connection errors, by connection role (producer, worker).',
    labelNames: ['role'] as const,
    registers,
  }),
};
