import { UnrecoverableError } from 'bullmq';
import { describeArmError } from '../src/azure/arm-error.ts';

/** What the log says about the error that ended a job's attempt: its code, never its message. */
export interface ErrorLogFields {
  code: string;
  httpStatus?: number;
}

/**
 * The error fields of a job's `command failed` line. Rules:
 * 1. the code is Azure's (or the network error's) when the error carries one, with its HTTP status;
 * 2. a handler's own refusal (an UnrecoverableError without a code: an extension not installed, a
 *    cluster out of reach) is `refused`;
 * 3. the error's message is never logged: it may quote what was typed, and the log keeps only the
 *    command's redacted display (on `command started`).
 */
export function errorLogFields(error: unknown): ErrorLogFields {
  const info = describeArmError(error);
  const ownRefusal = error instanceof UnrecoverableError && info.code === 'Error' && info.statusCode === undefined;
  const fields: ErrorLogFields = { code: ownRefusal ? 'refused' : info.code };
  if (info.statusCode !== undefined) fields.httpStatus = info.statusCode;
  return fields;
}
