import { PREVIEWABLE_KINDS } from '../azure/confirm-impact.ts';
import type { Command } from '../commands/types.ts';
import type { Platform } from '../notify/conversation.ts';
import type { Logger } from '../platform/logger.ts';
import { jobIdFor } from './job-id.ts';
import type { CommandJobData, CommandQueuePort } from './queue-port.ts';

/**
 * Asks a worker to complete a confirmation prompt with live impact. The prompt itself is answered
 * at once with the static summary (the Slack ack must not wait for Azure); the preview follows as
 * an update of the same message, under a key derived from the single-use token.
 *
 * Rules:
 * 1. Only commands whose impact Azure can tell (see PREVIEWABLE_KINDS) and only when the queue can.
 * 2. Never awaited by the caller and never fails it: a prompt without a preview still works.
 */
export function previewKeyFor(platform: Platform, token: string): string {
  return jobIdFor('preview', platform, token);
}

export function requestPreview(
  queue: CommandQueuePort,
  logger: Logger,
  data: CommandJobData,
  command: Command,
  token: string,
): string | undefined {
  if (!queue.preview || !PREVIEWABLE_KINDS.has(command.kind)) return undefined;
  const key = previewKeyFor(data.address.platform, token);
  queue
    .preview({
      key,
      token,
      address: data.address,
      user: data.user,
      locale: data.locale,
      command: data.command,
      display: data.display,
    })
    .catch((error: unknown) => logger.warn({ err: String(error), key }, 'confirmation preview not queued'));
  return key;
}
