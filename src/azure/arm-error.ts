import { ArmOperationError } from './arm-operation-error.ts';

/**
 * Turns whatever the Azure SDK threw into what an on-call engineer needs: the ARM error code, its
 * message and details, and whether trying again can help.
 */
export interface ArmErrorInfo {
  statusCode?: number;
  code: string;
  message: string;
  details: { code: string; message: string }[];
  /** 408, 429 and 5xx are worth retrying; other 4xx will fail the same way again. */
  retryable: boolean;
  retryAfterMs?: number;
}

interface RestLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: unknown;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string | null };
}

interface ArmErrorBody {
  error?: { code?: string; message?: string; details?: { code?: string; message?: string }[] };
}

function parseBody(text: string | null | undefined): ArmErrorBody | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as ArmErrorBody;
  } catch {
    return undefined;
  }
}

function retryAfter(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export function describeArmError(error: unknown): ArmErrorInfo {
  // An accepted operation that ended Failed: final, with the operation's own error.
  if (error instanceof ArmOperationError) {
    return { code: error.code, message: error.message, details: error.armDetails, retryable: false };
  }
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as RestLikeError;
  const body = parseBody(e.response?.bodyAsText)?.error;
  const statusCode = e.statusCode;
  // Not every error is Azure's: a queue or network error may carry a numeric code (BullMQ's -1).
  const code = String(body?.code ?? e.code ?? (statusCode ? `HTTP${statusCode}` : 'Error'));
  const message = String(body?.message ?? e.message ?? 'unknown error');
  const details = (body?.details ?? []).map((d) => ({ code: d.code ?? '', message: d.message ?? '' }));
  const retryable =
    statusCode === undefined
      ? code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'REQUEST_SEND_ERROR'
      : statusCode === 408 || statusCode === 429 || statusCode >= 500;
  return {
    statusCode,
    code,
    message,
    details,
    retryable,
    retryAfterMs: retryAfter(e.response?.headers?.get('retry-after')),
  };
}
