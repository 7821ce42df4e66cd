import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { Worker } from 'bullmq';
import { describeArmError } from '../../src/azure/arm-error.ts';
import {
  type ConfirmImpact,
  confirmImpact,
  PREVIEWABLE_KINDS,
  type PreviewableCommand,
} from '../../src/azure/confirm-impact.ts';
import { impactSummary } from '../../src/commands/kinds/index.ts';
import { CONFIRM_PREVIEW_SEQ, type NotifyPort } from '../../src/notify/notify-port.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import type { Sealer } from '../../src/platform/seal.ts';
import { t } from '../../src/replies/catalog/index.ts';
import { resolveLocale } from '../../src/replies/locale/locale.ts';
import { confirmReply, describeCluster } from '../../src/replies/submit-replies.ts';
import type { ConfirmPreviewData } from '../../src/submit/queue-port.ts';
import { PREVIEW_QUEUE } from '../command-queue.ts';
import { TAKEOVER } from '../takeover.ts';

/**
 * Runs confirmation previews: reads what confirming would do (src/azure/confirm-impact.ts) and
 * updates the waiting prompt in place — same key, same token, same Confirm/Cancel buttons — now with
 * the live impact. Not a command: it writes nothing, is not audited, and never posts a new message
 * (`updateOnly`), so a platform whose prompt cannot be edited simply keeps the static summary.
 *
 * Rules:
 * 1. Azure answers → the prompt with the impact sentence and table(s).
 * 2. A retryable Azure error (429, 5xx) → thrown for the one retry; on the last attempt, or for any
 *    other error, the prompt says the live state could not be read (the handler still re-checks).
 */
export interface PreviewWorkerOptions {
  connection: RedisClient;
  prefix: string;
  arm: SourceControlConfigurationClient;
  armFor?: (subscriptionId: string) => SourceControlConfigurationClient;
  notify: NotifyPort;
  sealer: Sealer;
  logger: Logger;
  concurrency?: number;
}

export function startPreviewWorker(options: PreviewWorkerOptions): Worker<ConfirmPreviewData> {
  const worker = new Worker<ConfirmPreviewData>(
    PREVIEW_QUEUE,
    async (job) => {
      const data = job.data;
      const command = options.sealer.open(data.command);
      const locale = resolveLocale(data.locale);
      if (!PREVIEWABLE_KINDS.has(command.kind)) return;
      const previewable = command as PreviewableCommand;
      const target = previewable.target;
      const arm = target.subscriptionId && options.armFor ? options.armFor(target.subscriptionId) : options.arm;
      let live: ConfirmImpact | { text: string };
      try {
        live = await confirmImpact(arm, previewable, locale);
      } catch (error) {
        const info = describeArmError(error);
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (info.retryable && !lastAttempt) throw error;
        options.logger.warn({ key: data.key, code: info.code }, 'confirmation preview could not read Azure');
        live = { text: t(locale, 'preview.unreadable', { code: info.code, message: info.message }) };
      }
      const reply = confirmReply(
        data.display,
        impactSummary(command, locale),
        data.token,
        data.user.name ?? data.user.id,
        describeCluster(target, locale),
        live,
        locale,
      );
      await options.notify.notify({
        address: data.address,
        key: data.key,
        seq: CONFIRM_PREVIEW_SEQ,
        reply,
        updateOnly: true,
      });
    },
    { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency ?? 4, ...TAKEOVER },
  );
  worker.on('error', (error) => options.logger.warn({ err: error.message }, 'confirmation preview worker error'));
  return worker;
}
