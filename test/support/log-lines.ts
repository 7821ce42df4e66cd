import { PassThrough } from 'node:stream';
import { createLogger, type Logger } from '../../src/platform/logger.ts';

/** One pino line as JSON. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A real pino logger at `level` whose JSON lines the test reads back (pino levels: 40 warn, 30 info). */
export function recordingLogger(level = 'info'): { logger: Logger; lines: () => LogLine[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return {
    logger: createLogger(level, stream),
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine),
  };
}
