// What to do when the Bot Connector refuses a send. Teams' rate-limit doc: back off on 429 with
// exponential backoff and jitter, and "error codes 412, 502, and 504 must also be retried".

export type FailureAction =
  | { action: 'retry'; statusCode?: number; throttledForMs?: number }
  | { action: 'drop'; statusCode: number };

const RETRY_STATUSES = new Set([408, 412, 429, 500, 502, 503, 504]);

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const value = e.statusCode ?? e.status ?? e.response?.status;
  return typeof value === 'number' ? value : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: { get?(name: string): string | undefined } } }).response?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Rules: 1. no HTTP status (network error, timeout) → retry; 2. 429/412/408/5xx → retry, and a
 * 429 also closes the conversation's budget for Retry-After (default 1 s) so its other messages
 * wait too; 3. any other status (403 MessageWritesBlocked after an uninstall, 404 conversation
 * gone, 400 bad payload) cannot get better by retrying → drop and log.
 */
export function classifyDeliveryFailure(error: unknown): FailureAction {
  const statusCode = statusOf(error);
  if (statusCode === undefined) return { action: 'retry' };
  if (statusCode === 429) return { action: 'retry', statusCode, throttledForMs: retryAfterMs(error) ?? 1_000 };
  if (RETRY_STATUSES.has(statusCode)) return { action: 'retry', statusCode };
  return { action: 'drop', statusCode };
}

/** The connector's 413: the activity is too large; a smaller rendering may still go through. */
export function isPayloadTooLarge(error: unknown): boolean {
  return statusOf(error) === 413;
}
