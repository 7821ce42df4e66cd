import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { routeConsoleToLogger, routeProcessWarningsToLogger } from '../../src/platform/route-console-to-logger.ts';
import { recordingLogger } from '../support/log-lines.ts';

/** A console's methods on an object of the test's own (the process's console is left alone). */
function consoleLike(): Pick<Console, 'log' | 'info' | 'debug' | 'trace' | 'warn' | 'error'> {
  const untouched = (..._args: unknown[]) => {
    throw new Error('the original console method was called');
  };
  return { log: untouched, info: untouched, debug: untouched, trace: untouched, warn: untouched, error: untouched };
}

describe('routeConsoleToLogger', () => {
  it('turns every console call into one JSON log line at the matching level', () => {
    const { logger, lines } = recordingLogger('debug');
    const target = consoleLike();
    routeConsoleToLogger(target, logger);
    target.log('plain %s', 'log');
    target.info('info');
    target.debug('debug');
    target.trace('trace');
    target.warn('BadRequest: Missing activity or activity type.');
    target.error('a %d-part', 2, 'message');
    expect(lines().map((l) => [l.level, l.msg, l.source])).toEqual([
      [30, 'plain log', 'console'],
      [30, 'info', 'console'],
      [20, 'debug', 'console'],
      [20, 'trace', 'console'],
      [40, 'BadRequest: Missing activity or activity type.', 'console'],
      [50, 'a 2-part message', 'console'],
    ]);
  });

  it('keeps an error object (botbuilder logs whole errors) with its stack inside the one line', () => {
    const { logger, lines } = recordingLogger();
    const target = consoleLike();
    routeConsoleToLogger(target, logger);
    target.error(new Error('Failed to load openID config'));
    const [line] = lines();
    expect(line).toMatchObject({ level: 50, msg: 'Failed to load openID config', source: 'console' });
    expect((line!.err as { stack: string }).stack).toContain('Error: Failed to load openID config\n    at ');
  });
});

describe('routeProcessWarningsToLogger', () => {
  it('logs each warning at warn instead of the default print', () => {
    const { logger, lines } = recordingLogger();
    const emitter = new EventEmitter();
    let defaultPrinted = false;
    emitter.on('warning', () => {
      defaultPrinted = true;
    });
    routeProcessWarningsToLogger(emitter, logger);
    const warning = new Error('Buffer() is deprecated');
    warning.name = 'DeprecationWarning';
    emitter.emit('warning', warning);
    expect(defaultPrinted).toBe(false);
    expect(lines()).toMatchObject([
      { level: 40, msg: 'Buffer() is deprecated', warning: { name: 'DeprecationWarning' }, source: 'process' },
    ]);
  });
});
