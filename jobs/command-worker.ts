import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import type { AlertsDeps } from '../src/alerts/stores/alerts-deps.ts';
import { describeArmError } from '../src/azure/arm-error.ts';
import type { ClusterPort } from '../src/cluster/access/cluster-port.ts';
import { exactRoutesOnly } from '../src/cluster/access/cluster-port.ts';
import { runsAsJob } from '../src/commands/kinds/index.ts';
import type { Platform } from '../src/notify/conversation.ts';
import { type NotifyPort, privateKeyOf } from '../src/notify/notify-port.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { RedisClient } from '../src/platform/redis-client.ts';
import type { Sealer } from '../src/platform/seal.ts';
import { currentTraceCarrier, inSpan } from '../src/platform/tracing.ts';
import { t } from '../src/replies/catalog/index.ts';
import { resolveLocale } from '../src/replies/locale/locale.ts';
import { localeField } from '../src/replies/locale/locale-field.ts';
import type { Reply } from '../src/replies/reply.ts';
import { withWarnings } from '../src/replies/with-warnings.ts';
import type { CommandJobData } from '../src/submit/queue-port.ts';
import { errorLogFields } from './error-log-fields.ts';
import { type HandlerMap, runnerFor } from './handler.ts';
import { failureReply } from './handlers/failure-reply.ts';
import { COMMAND_QUEUE } from './queue-names.ts';
import { TAKEOVER } from './takeover.ts';

export interface CommandWorkerOptions {
  connection: RedisClient;
  prefix: string;
  concurrency: number;
  /** The platform's id of a job's posted message, once a deliverer saved it (the message state store). */
  messageRef?: (platform: Platform, key: string) => Promise<string | undefined>;
  /** A kind without a handler here is answered "not available yet". */
  handlers: HandlerMap;
  arm: SourceControlConfigurationClient;
  /** A client for another subscription, when a command names one with --subscription. */
  armFor?: (subscriptionId: string) => SourceControlConfigurationClient;
  cluster?: ClusterPort;
  notify: NotifyPort;
  sealer: Sealer;
  logger: Logger;
  settings: { complianceDeadlineMs: number; pollIntervalsMs?: number[] };
  /** For the `alerts *` handlers; without it they answer that alerts are not enabled. */
  alerts?: AlertsDeps;
  /** Stalled-job detection; tests shorten it to show a killed worker's job moving on quickly. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * What a finished command job keeps in Redis (24 h, see COMMAND_JOB_RETENTION) and what its
 * `completed` event carries: only the status. The final Reply went to chat through the notify queue;
 * storing it again would keep secrets it shows once (the `alerts setup` HMAC key) in job storage.
 */
export interface CommandJobResult {
  status: Reply['status'];
}

/** Strictly increasing across processes and retries, so adapters can drop out-of-order updates. */
function nextSeq(last: number): number {
  return Math.max(Date.now() * 1000, last + 1);
}

/**
 * The wait a 429's Retry-After asks for, counted in the job's data (a delayed job does not use up a
 * BullMQ attempt, so without a count a cluster throttled for ever would be retried for ever).
 * Undefined once the job has been throttled `attempts` times: then it fails like any retry would.
 */
async function throttleDelay(
  job: Job<CommandJobData>,
  retryAfterMs: number,
  attempts: number,
): Promise<number | undefined> {
  const data = job.data as CommandJobData & { throttled?: number };
  const throttled = (data.throttled ?? 0) + 1;
  if (throttled >= attempts) return undefined;
  await job.updateData({ ...data, throttled } as CommandJobData);
  return Math.max(retryAfterMs, 1_000);
}

/**
 * Runs command jobs: opens sealed secrets, picks the handler for the command's kind, streams
 * progress to the notify queue, and turns failures into a clear final reply. Retryable failures
 * (429, 5xx, network) are thrown so BullMQ retries with backoff; the rest end the job at once.
 */
export function startCommandWorker(options: CommandWorkerOptions): Worker<CommandJobData, CommandJobResult> {
  const worker = new Worker<CommandJobData, CommandJobResult>(
    COMMAND_QUEUE,
    (job, token) =>
      inSpan(
        `fluxops.command ${job.name}`,
        { 'fluxops.job_id': job.data.jobId },
        () => runJob(job, token),
        job.data.trace,
      ),
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      ...TAKEOVER,
      lockDuration: options.lockDurationMs ?? TAKEOVER.lockDuration,
      stalledInterval: options.stalledIntervalMs ?? TAKEOVER.stalledInterval,
    },
  );
  worker.on('error', (error) => options.logger.warn({ err: error.message }, 'command worker error'));
  return worker;

  /** One command job, inside its span: the handler's progress and final reply go out as notify messages. */
  async function runJob(job: Job<CommandJobData>, token: string | undefined): Promise<CommandJobResult> {
    const data = job.data;
    const command = options.sealer.open(data.command);
    const logger = options.logger.child({ jobId: data.jobId, kind: command.kind });
    let seq = 0;
    // Adapters draw their chrome in the reply's language; a handler that sets none wrote in the job's.
    const locale = resolveLocale(data.locale);
    const withProvenance = (reply: Reply): Reply => ({
      ...reply,
      ...(reply.locale ? {} : localeField(locale)),
      provenance: {
        jobId: data.jobId,
        requestedBy: data.user.name ?? data.user.id,
        confirmedBy: data.confirmedBy,
        ...reply.provenance,
      },
    });
    // The job's message id, once posted, travels with every later update (see NotifyMessage.ref).
    let ref: string | undefined;
    // The final reply's seq, journaled in the job before the reply is sent (see `sendFinal`).
    const journaledFinal = (data as CommandJobData & { finalSeq?: number }).finalSeq;
    const send = async (reply: Reply, finalSeq?: number) => {
      // A job resumed after its final reply went out (its worker died before BullMQ recorded the end)
      // runs again only to repeat that final: its progress would show "running" after the end.
      if (journaledFinal !== undefined && finalSeq === undefined) return;
      seq = finalSeq ?? nextSeq(seq);
      ref ??= await options.messageRef?.(data.address.platform, data.jobId).catch(() => undefined);
      await options.notify.notify({
        address: data.address,
        key: data.jobId,
        seq,
        reply: withProvenance(withWarnings(reply, command.warnings, reply.locale ?? locale)),
        ref,
        trace: currentTraceCarrier(),
      });
    };
    // Never to the channel: a direct message (or the console stream) of the requester, sealed in the queue.
    let privateSeq = 0;
    const privately = async (reply: Reply) => {
      privateSeq = nextSeq(privateSeq);
      await options.notify.notify({
        address: data.address,
        key: privateKeyOf(data.jobId),
        seq: privateSeq,
        reply: { ...withProvenance(reply), sensitive: true },
        privateTo: data.user,
        trace: currentTraceCarrier(),
      });
    };
    /**
     * The final reply, under a seq journaled in the job before it is sent: a job resumed after its
     * final went out sends the same final under the same seq, which a chat shows as the same message
     * (the deliverers drop an update whose seq is not newer), so every command ends with one final reply.
     */
    const sendFinal = async (reply: Reply) => {
      let finalSeq = journaledFinal;
      if (finalSeq === undefined) {
        finalSeq = nextSeq(seq);
        // A journal that cannot be written (Redis lost the job in a restart) must not hold back the
        // reply itself: it goes out anyway, and only a resumed run could then repeat it under a new seq.
        await job
          .updateData({ ...job.data, finalSeq } as CommandJobData)
          .catch((error: unknown) =>
            logger.warn({ err: (error as Error).message }, 'final reply not journaled; sending it anyway'),
          );
      }
      await send(reply, finalSeq);
    };
    const run = runsAsJob(command) ? runnerFor(options.handlers, command.kind, command) : undefined;
    if (!run) {
      const reply: Reply = {
        title: data.display,
        status: 'info',
        text: t(locale, 'handler.worker.notAvailable', { kind: command.kind }),
      };
      await sendFinal(reply);
      return { status: reply.status };
    }
    logger.info({ display: data.display, attempt: job.attemptsMade + 1 }, 'command started');
    try {
      const reply = await run({
        data,
        job,
        arm:
          command.target?.subscriptionId && options.armFor
            ? options.armFor(command.target.subscriptionId)
            : options.arm,
        // A role from a scoped binding reaches clusters by exact routes only, whichever handler connects.
        cluster: options.cluster && data.scopedAccess ? exactRoutesOnly(options.cluster) : options.cluster,
        logger,
        settings: options.settings,
        progress: send,
        privately,
        alerts: options.alerts,
      });
      await sendFinal(reply);
      logger.info({ status: reply.status }, 'command finished');
      return { status: reply.status };
    } catch (error) {
      if (error instanceof UnrecoverableError) {
        // Logged before the final goes out, so a notify queue that is down cannot leave the job without an end line.
        logger.warn({ status: 'failed', ...errorLogFields(error) }, 'command failed');
        await sendFinal(failureReply(data.display, error, locale));
        throw error;
      }
      const info = describeArmError(error);
      const attempts = job.opts.attempts ?? 1;
      const lastAttempt = job.attemptsMade + 1 >= attempts;
      const ends = !info.retryable || lastAttempt;
      // One line ends every attempt: `failed` when the job ends with it, `retrying` when BullMQ runs it again.
      logger.warn(
        { status: ends ? 'failed' : 'retrying', ...errorLogFields(error), retryable: info.retryable },
        'command failed',
      );
      if (ends) {
        await sendFinal(failureReply(data.display, error, locale));
        throw new UnrecoverableError(`${info.code}: ${info.message}`);
      }
      const throttleWait =
        info.retryAfterMs !== undefined ? await throttleDelay(job, info.retryAfterMs, attempts) : undefined;
      if (throttleWait !== undefined && token) {
        // BullMQ's own backoff ignores Retry-After; ARM asks us not to call before it, so we wait at least that.
        await send({
          title: data.display,
          status: 'running',
          text: t(locale, 'handler.worker.throttled', {
            code: info.code,
            message: info.message,
            seconds: Math.ceil(throttleWait / 1000),
          }),
        });
        await job.moveToDelayed(Date.now() + throttleWait, token);
        throw new DelayedError();
      }
      await send({
        title: data.display,
        status: 'running',
        text: t(locale, 'handler.worker.retrying', {
          code: info.code,
          message: info.message,
          attempt: job.attemptsMade + 2,
          attempts,
        }),
      });
      throw error;
    }
  }
}
