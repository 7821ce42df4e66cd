import type { Logger } from '../../src/platform/logger.ts';
import type { SubmitOutcome } from '../../src/submit/commit.ts';
import { previewKeyFor } from '../../src/submit/confirm-preview.ts';
import type { Prepared } from '../../src/submit/prepare.ts';
import type { ResponseUrlFallback } from './deliver/response-url-fallback.ts';

/** The key of the message a prepared request or an outcome puts in the channel, if any. */
function messageKey(decided: Prepared | SubmitOutcome): string | undefined {
  if ('step' in decided) {
    if (decided.step === 'enqueue') return decided.data.jobId;
    return decided.step === 'confirm' ? previewKeyFor('slack', decided.token) : undefined;
  }
  if (decided.status === 'queued') return decided.duplicate ? undefined : decided.jobId;
  return decided.status === 'confirm' ? previewKeyFor('slack', decided.token) : undefined;
}

/**
 * Keeps the response_url of a request that puts a message in the channel — a new job's, or a
 * confirmation prompt's — under that message's key, so the deliverer can still answer through it
 * when the bot is not in the channel. Called before commit() when prepare() already named the job,
 * so the URL is there before the job's first reply can be.
 */
export async function rememberResponseUrl(
  decided: Prepared | SubmitOutcome,
  responseUrl: string | undefined,
  fallback: ResponseUrlFallback,
  logger: Logger,
): Promise<void> {
  const key = messageKey(decided);
  if (!key || !responseUrl) return;
  await fallback.remember(key, responseUrl).catch((error: unknown) => {
    logger.warn({ key, err: error instanceof Error ? error.message : String(error) }, 'response_url not kept');
  });
}
