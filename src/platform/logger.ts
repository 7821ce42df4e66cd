import { type Logger, pino } from 'pino';
import { activeTraceId } from './tracing.ts';

export type { Logger };

/**
 * One structured logger for the process. The redact paths are a second line of defence: secrets
 * should never reach a log call, but if a request body or header slips through, these paths are
 * censored.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'fluxops' },
      // With tracing on, each line written inside a span names its trace.
      mixin: () => {
        const traceId = activeTraceId();
        return traceId ? { trace_id: traceId } : {};
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-slack-signature"]',
          'headers.authorization',
          '*.token',
          '*.password',
          '*.secret',
          '*.$secret',
          'configurationProtectedSettings',
          '*.configurationProtectedSettings',
          // ioredis errors carry the command they answer: for a refused AUTH, its user and password.
          'err.command.args',
          '*.err.command.args',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? pino.destination(1),
  );
}
