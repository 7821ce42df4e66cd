import { ErrorCode, type WebAPIPlatformError, type WebAPIRateLimitedError } from '@slack/web-api';

/**
 * Classifies Web API failures for the deliverer:
 * - `rate-limited`: a 429 (rejected at once because the client sets rejectRateLimitedCalls), with
 *   Slack's Retry-After in ms;
 * - `gone`: the message to update no longer exists (deleted by someone) → post a new one;
 * - `bad-blocks`: Slack refused the blocks → send the plain-text fallback instead;
 * - `permanent`: retrying cannot help (no access to the channel, revoked token) → drop and log;
 * - `retry`: anything else (5xx, network) → let the notify queue retry with backoff.
 */
export type SlackFailure =
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'gone' }
  | { kind: 'bad-blocks' }
  | { kind: 'permanent'; code: string }
  | { kind: 'retry' };

const GONE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);
const BAD_BLOCKS = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'too_many_attachments']);
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'restricted_action',
  'team_access_not_granted',
]);

export function classifySlackFailure(error: unknown): SlackFailure {
  const code = (error as { code?: string } | null)?.code;
  if (code === ErrorCode.RateLimitedError) {
    const seconds = (error as WebAPIRateLimitedError).retryAfter;
    return { kind: 'rate-limited', retryAfterMs: Math.max(1, seconds) * 1000 };
  }
  if (code === ErrorCode.PlatformError) {
    const slackCode = (error as WebAPIPlatformError).data.error;
    if (GONE.has(slackCode)) return { kind: 'gone' };
    if (BAD_BLOCKS.has(slackCode)) return { kind: 'bad-blocks' };
    if (PERMANENT.has(slackCode)) return { kind: 'permanent', code: slackCode };
  }
  return { kind: 'retry' };
}
