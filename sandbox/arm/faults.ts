// Scripted failures, so chat error paths (throttling, outages, failed installs) can be shown on demand.
//
// SANDBOX_FAULTS syntax: comma-separated items, each optionally scoped with `@METHOD`, `@/path-part` or both
// (`@PUT/fluxConfigurations`):
//   throttle:N[:SECONDS]        next N requests → 429 SubscriptionRequestsThrottled, Retry-After SECONDS (default 1)
//   5xx:N[:STATUS]              next N requests → STATUS (default 500; 500/502/503/504)
//   fail:STATUS:CODE[:N]        next N (default 1) requests → STATUS with error code CODE
//   fail-op:CODE[:MESSAGE]      next long-running operation ends Failed, detail code CODE
// e.g. `throttle:2,5xx:1@GET,fail-op:ExtensionCreationFailed`.
import { ArmError } from './errors.ts';
import type { ResourceCollection } from './model.ts';

export interface FailNextOptions {
  /** Only requests with this method (any case); default any. */
  method?: string;
  /** Only requests whose path contains this (case-insensitive); default any. */
  pathIncludes?: string;
  status: number;
  code: string;
  message: string;
  retryAfterSeconds?: number;
  /** How many matching requests fail; default 1. */
  times?: number;
}

export interface OperationFailure {
  code: string;
  message: string;
  /** Only operations on this collection; default any. */
  collection?: ResourceCollection;
}

interface PendingRequestFault extends FailNextOptions {
  remaining: number;
}

const SERVER_ERROR_CODES: Record<number, string> = {
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

export class FaultInjector {
  private readonly requestFaults: PendingRequestFault[] = [];
  private readonly operationFailures: OperationFailure[] = [];
  private locationOnly = 0;

  failNext(options: FailNextOptions): void {
    this.requestFaults.push({ ...options, remaining: options.times ?? 1 });
  }

  /** The next `count` requests are throttled the way ARM throttles a subscription. */
  throttleNext(
    count: number,
    retryAfterSeconds = 1,
    scope: Pick<FailNextOptions, 'method' | 'pathIncludes'> = {},
  ): void {
    this.failNext({
      ...scope,
      status: 429,
      code: 'SubscriptionRequestsThrottled',
      message: `Number of requests for subscription exceeded the limit for time interval '01:00:00'. Please try again after '${retryAfterSeconds}' seconds.`,
      retryAfterSeconds,
      times: count,
    });
  }

  serverErrorNext(count = 1, status = 500, scope: Pick<FailNextOptions, 'method' | 'pathIncludes'> = {}): void {
    this.failNext({
      ...scope,
      status,
      code: SERVER_ERROR_CODES[status] ?? 'InternalServerError',
      message: `Encountered internal server error. Diagnostic information: timestamp '${new Date().toISOString()}', tracking id '${crypto.randomUUID()}'.`,
      times: count,
    });
  }

  /** The next long-running operation is accepted but ends `Failed` with this detail. */
  failNextOperation(
    code: string,
    message = `The operation failed with code '${code}'.`,
    collection?: ResourceCollection,
  ): void {
    this.operationFailures.push({ code, message, collection });
  }

  /**
   * The next `count` accepted writes answer as some ARM resource providers do: only a `Location` header
   * (no `Azure-AsyncOperation`), which answers 202 while the operation runs and 200 once it succeeded.
   */
  answerWithLocationNext(count = 1): void {
    this.locationOnly += count;
  }

  /** Used by the operation headers: whether this accepted write answers with `Location` only. */
  takeLocationOnly(): boolean {
    if (this.locationOnly <= 0) return false;
    this.locationOnly -= 1;
    return true;
  }

  clear(): void {
    this.requestFaults.length = 0;
    this.operationFailures.length = 0;
    this.locationOnly = 0;
  }

  /** Faults not yet used up; lets a test assert a scripted failure actually happened. */
  pending(): { requests: number; operations: number } {
    return {
      requests: this.requestFaults.reduce((sum, fault) => sum + fault.remaining, 0),
      operations: this.operationFailures.length,
    };
  }

  /** Applies a SANDBOX_FAULTS string (syntax at the top of this file). Throws on anything it cannot read. */
  parse(spec: string): void {
    for (const item of spec
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean))
      this.applyItem(item);
  }

  /** Used by the server: the error to answer this request with, if a fault matches. */
  takeRequestFault(method: string, path: string): ArmError | undefined {
    const index = this.requestFaults.findIndex((fault) => matches(fault, method, path));
    const fault = this.requestFaults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.requestFaults.splice(index, 1);
    return new ArmError(fault.status, fault.code, fault.message, { retryAfterSeconds: fault.retryAfterSeconds });
  }

  /** Used by the operation tracker when an operation starts. */
  takeOperationFailure(collection: ResourceCollection): OperationFailure | undefined {
    const index = this.operationFailures.findIndex(
      (failure) => !failure.collection || failure.collection === collection,
    );
    if (index < 0) return undefined;
    return this.operationFailures.splice(index, 1)[0];
  }

  private applyItem(item: string): void {
    const [body = '', scopeText] = item.split('@', 2);
    const scope = parseScope(scopeText);
    const [kind, ...args] = body.split(':');
    const count = (text: string | undefined, fallback: number) => parseCount(text, fallback, item);
    switch (kind) {
      case 'throttle':
        this.throttleNext(count(args[0], 1), count(args[1], 1), scope);
        return;
      case '5xx':
        this.serverErrorNext(count(args[0], 1), count(args[1], 500), scope);
        return;
      case 'fail': {
        const status = count(args[0], Number.NaN);
        if (!args[1] || status < 400 || status > 599) {
          throw new Error(`SANDBOX_FAULTS: '${item}' needs fail:STATUS:CODE`);
        }
        this.failNext({
          ...scope,
          status,
          code: args[1],
          message: `Injected fault '${args[1]}'.`,
          times: count(args[2], 1),
        });
        return;
      }
      case 'fail-op':
        if (!args[0]) throw new Error(`SANDBOX_FAULTS: '${item}' needs fail-op:CODE`);
        this.failNextOperation(args[0], args.length > 1 ? args.slice(1).join(':') : undefined);
        return;
      default:
        throw new Error(`SANDBOX_FAULTS: unknown fault '${item}' (expected throttle, 5xx, fail or fail-op)`);
    }
  }
}

function matches(fault: FailNextOptions, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) return false;
  return !fault.pathIncludes || path.toLowerCase().includes(fault.pathIncludes.toLowerCase());
}

function parseScope(text: string | undefined): Pick<FailNextOptions, 'method' | 'pathIncludes'> {
  const match = /^([A-Za-z]+)?(\/.*)?$/.exec(text ?? '');
  if (!match) throw new Error(`SANDBOX_FAULTS: bad scope '@${text}' (expected @METHOD, @/path or @METHOD/path)`);
  return { method: match[1]?.toUpperCase(), pathIncludes: match[2] };
}

function parseCount(text: string | undefined, fallback: number, item: string): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`SANDBOX_FAULTS: '${text}' in '${item}' is not a whole number`);
  return value;
}
