import type { Redis } from 'ioredis';
import type { Router } from '../../src/http/router.ts';
import type { Logger } from '../../src/log/logger.ts';
import { ChannelPacer } from '../../src/notify/channel-pacer.ts';
import type { Deliverer } from '../../src/notify/deliverer.ts';
import { MessageStateStore } from '../../src/notify/message-state.ts';
import type { NotifyPort } from '../../src/submit/ports.ts';
import type { SubmitDeps } from '../../src/submit/submit.ts';
import { SlackDeliverer } from './deliver/slack-deliverer.ts';
import { buildSlackApp, type SlackSettings } from './slack-app.ts';
import { UserLocaleCache } from './user-locale.ts';
import { createSlackWebClient } from './web-client.ts';

export type { SlackSettings } from './slack-app.ts';

/** Slack posting budget per channel: chat.postMessage allows about one message per second. */
const SLACK_SENDS_PER_WINDOW = 1;
const SLACK_WINDOW_MS = 1_000;
/** How long /flux waits for submit() before acking with "still working" (Slack allows 3 s in all). */
const SUBMIT_DEADLINE_MS = 2_000;

export interface SlackIngress {
  /** HTTP mode: resolves at once. Socket Mode: once the WebSocket said hello. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Slack ingress: `POST /slack/events` on the shared server (HTTP mode), or a Socket Mode connection
 * when SLACK_APP_TOKEN is set. `redis` should be the fail-fast producer connection: it serves the
 * locale cache on the ack path.
 */
export function registerSlack(options: {
  router: Router;
  settings: SlackSettings;
  redis: Redis;
  prefix: string;
  deps: SubmitDeps;
  notify: NotifyPort;
  logger: Logger;
}): SlackIngress {
  const logger = options.logger.child({ adapter: 'slack' });
  const client = createSlackWebClient(
    { botToken: options.settings.botToken ?? '', apiUrl: options.settings.apiUrl },
    logger,
  );
  const locales = new UserLocaleCache(options.redis, options.prefix, client, logger);
  const { app, http, socketMode } = buildSlackApp(
    options.settings,
    { submit: options.deps, notify: options.notify, locales, logger, submitDeadlineMs: SUBMIT_DEADLINE_MS },
    logger,
  );
  if (http) options.router.add('POST', '/slack/events', http.handle);
  // A startup check only, so a wrong token is visible in the logs before the first command.
  client.auth.test().then(
    (r) => logger.info({ team: r.team_id, botUser: r.user_id }, 'slack bot token accepted'),
    (e: Error) => logger.warn({ err: e.message }, 'slack rejected SLACK_BOT_TOKEN (auth.test); posts will fail'),
  );
  let ready: Promise<void> = Promise.resolve();
  if (socketMode) {
    ready = app.start().then(() => logger.info('slack socket mode connected'));
    ready.catch((e: Error) => logger.error({ err: e.message }, 'slack socket mode could not connect'));
  }
  return {
    ready,
    async close() {
      if (socketMode) await app.stop().catch(() => {});
    },
  };
}

/** The notify worker's Slack side: posts and updates job messages, paced per channel. */
export function slackDeliverer(options: {
  settings: SlackSettings;
  redis: Redis;
  prefix: string;
  notify: NotifyPort;
  logger: Logger;
}): Deliverer {
  const logger = options.logger.child({ adapter: 'slack' });
  return new SlackDeliverer({
    client: createSlackWebClient(
      { botToken: options.settings.botToken ?? '', apiUrl: options.settings.apiUrl },
      logger,
    ),
    redis: options.redis,
    prefix: options.prefix,
    pacer: new ChannelPacer(options.redis, options.prefix, SLACK_SENDS_PER_WINDOW, SLACK_WINDOW_MS),
    states: new MessageStateStore(options.redis, options.prefix),
    notify: options.notify,
    logger,
  });
}
