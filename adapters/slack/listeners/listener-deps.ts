import type { MessageStateStore } from '../../../src/notify/message-state.ts';
import type { NotifyPort } from '../../../src/notify/notify-port.ts';
import type { Logger } from '../../../src/platform/logger.ts';
import type { SubmitDeps } from '../../../src/submit/submit-deps.ts';
import type { ResponseUrlFallback } from '../deliver/response-url-fallback.ts';
import type { UserLocaleCache } from '../user-locale.ts';

/** What the Slack listeners need: prepare/commit's deps, the notify queue, and the locale cache. */
export interface SlackListenerDeps {
  submit: SubmitDeps;
  notify: NotifyPort;
  locales: UserLocaleCache;
  /** What each message key shows (shared with the deliverer): a decided prompt is recorded here. */
  states: MessageStateStore;
  /** Where a command's response_url is kept, for replies the bot cannot post in the channel. */
  responseUrls: ResponseUrlFallback;
  logger: Logger;
  /**
   * How long a command waits for prepare() before acking with a "still working" note instead.
   * prepare() fails fast on a Redis outage, so this only guards against a slow, not a dead, Redis.
   */
  submitDeadlineMs: number;
}
