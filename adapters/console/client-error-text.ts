import { type Locale, t } from '../../src/replies/catalog/index.ts';
import { NoAnswerError } from './no-answer-error.ts';
import { terminalSafe } from './terminal-safe.ts';

/**
 * What the client prints, and exits with, when a request to fluxops fails. Rules: 1. a server that
 * accepted the connection but stayed silent: the URL, the wait and what to check, exit 3; 2. nothing
 * listening: fluxops is not running there, exit 2; 3. anything else: its own message, made safe for
 * a terminal, exit 2.
 */
export function clientErrorText(error: unknown, url: string, locale: Locale): { text: string; exitCode: number } {
  if (error instanceof NoAnswerError) {
    const seconds = Math.round(error.waitedMs / 100) / 10;
    return { text: t(locale, 'chrome.console.no-answer', { url: error.url, seconds }), exitCode: 3 };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|fetch failed/.test(message)) {
    return { text: t(locale, 'chrome.console.not-running', { url }), exitCode: 2 };
  }
  return { text: terminalSafe(message), exitCode: 2 };
}
