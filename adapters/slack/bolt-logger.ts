import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../src/platform/logger.ts';

/**
 * Bolt and the Web API client log through our pino logger. Their debug output contains request
 * bodies and headers (the SDK redacts tokens, but not every secret), so debug is never forwarded:
 * the Slack SDKs log at info and above only.
 */
export function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: 'slack-sdk' });
  let level: LogLevel = LogLevel.INFO;
  const text = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  return {
    debug: () => {},
    info: (...msg) => {
      if (level !== LogLevel.WARN && level !== LogLevel.ERROR) child.info(text(msg));
    },
    warn: (...msg) => {
      if (level !== LogLevel.ERROR) child.warn(text(msg));
    },
    error: (...msg) => child.error(text(msg)),
    setLevel: (next) => {
      level = next === LogLevel.DEBUG ? LogLevel.INFO : next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
