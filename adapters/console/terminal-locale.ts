/**
 * The terminal's locale as POSIX defines its precedence for messages: LC_ALL, then LC_MESSAGES, then LANG
 * (`ja_JP.UTF-8`). The console sends it with each request; the server reads its language.
 */
export function terminalLocale(env: NodeJS.ProcessEnv): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}
