import type { ConversationAddress } from '../../src/notify/conversation.ts';
import { CONFIRM_PROMPT_SEQ, type NotifyPort } from '../../src/notify/notify-port.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { SubmitOutcome } from '../../src/submit/commit.ts';
import { previewKeyFor } from '../../src/submit/confirm-preview.ts';

/**
 * Posts a destructive command's confirmation prompt in the channel as a real message (through the
 * notify queue, paced like every post), under the key its live preview updates. A prompt that rode
 * in the slash command's ack would have no `ts`, so the preview and the outcome could not edit it.
 * Posted after commit(), so the Confirm button it shows is already stored when anyone can click it.
 */
export async function announcePrompt(
  outcome: SubmitOutcome,
  address: ConversationAddress,
  notify: NotifyPort,
  logger: Logger,
): Promise<void> {
  if (outcome.status !== 'confirm') return;
  const key = previewKeyFor('slack', outcome.token);
  try {
    await notify.notify({ address, key, seq: CONFIRM_PROMPT_SEQ, reply: outcome.reply });
  } catch (error) {
    logger.warn(
      { key, err: error instanceof Error ? error.message : String(error) },
      'confirmation prompt not enqueued',
    );
  }
}
