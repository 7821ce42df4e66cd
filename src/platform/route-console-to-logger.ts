import { format } from 'node:util';
import type { Logger } from './logger.ts';

/** The console methods libraries write with; `console` itself satisfies it. */
type ConsoleMethods = Pick<Console, 'log' | 'info' | 'debug' | 'trace' | 'warn' | 'error'>;

/**
 * Sends every library's console output through the JSON logger, so the process writes nothing but
 * pino lines (botbuilder, for one, `console.error`s whole error objects, stack traces over many lines).
 * Rules: 1. log/info → info, debug/trace → debug, warn → warn, error → error, each tagged
 * `source: "console"`; 2. the arguments are formatted as console would (`util.format`), into one
 * message; 3. an Error as first argument goes to `err` (pino's serializer keeps its stack inside the
 * one JSON line) and its message leads the text.
 */
export function routeConsoleToLogger(target: ConsoleMethods, logger: Logger): void {
  const child = logger.child({ source: 'console' });
  const to =
    (level: 'info' | 'debug' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      if (first instanceof Error) child[level]({ err: first }, format(first.message, ...rest));
      else child[level](format(...args));
    };
  target.log = to('info');
  target.info = to('info');
  target.debug = to('debug');
  target.trace = to('debug');
  target.warn = to('warn');
  target.error = to('error');
}

/**
 * Process warnings (deprecations, experimental features) go to the logger instead of Node's own
 * multi-line stderr print: Node's default listener is removed and ours logs each at warn.
 */
export function routeProcessWarningsToLogger(processLike: NodeJS.EventEmitter, logger: Logger): void {
  processLike.removeAllListeners('warning');
  processLike.on('warning', (warning: Error) =>
    logger.warn({ source: 'process', warning: { name: warning.name, message: warning.message } }, warning.message),
  );
}
