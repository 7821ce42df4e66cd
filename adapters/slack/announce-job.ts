import type { ConversationAddress } from '../../src/notify/conversation.ts';
import type { NotifyPort } from '../../src/notify/notify-port.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { SubmitOutcome } from '../../src/submit/commit.ts';

const QUEUED_SEQ = 1;

/**
 * Puts a new job's "queued" message in the channel through the notify queue (paced like every
 * post). Its seq is 1, below any worker update (those use microsecond clocks), so the worker's
 * progress updates this very message with chat.update, and a late "queued" never overwrites them.
 */
export async function announceJob(
  outcome: SubmitOutcome,
  address: ConversationAddress,
  notify: NotifyPort,
  logger: Logger,
): Promise<void> {
  if (outcome.status !== 'queued' || outcome.duplicate) return;
  try {
    await notify.notify({ address, key: outcome.jobId, seq: QUEUED_SEQ, reply: outcome.reply });
  } catch (error) {
    // The job runs anyway; its first progress update posts the message instead.
    logger.warn(
      { jobId: outcome.jobId, err: error instanceof Error ? error.message : String(error) },
      'queued message not enqueued',
    );
  }
}
