import type { MemberOf } from '../../src/access/role-bindings.ts';
import type { Deliverer } from '../../src/notify/deliverer.ts';
import { MessageStateStore } from '../../src/notify/message-state.ts';
import type { NotifyPort } from '../../src/notify/notify-port.ts';
import { RateBudgets } from '../../src/notify/rate-budgets.ts';
import type { Router } from '../../src/platform/http-router.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import type { SubmitDeps } from '../../src/submit/submit-deps.ts';
import { ResponseUrlFallback } from './deliver/response-url-fallback.ts';
import { SlackBudgets } from './deliver/slack-budgets.ts';
import { SlackDeliverer } from './deliver/slack-deliverer.ts';
import { SlackGroupMembers } from './group-members.ts';
import { installedTeamReader } from './installed-team.ts';
import { buildSlackApp, type SlackSettings } from './slack-app.ts';
import { EVENTS_PATH } from './slack-requirements.ts';
import { UserLocaleCache } from './user-locale.ts';
import { createSlackWebClient } from './web-client.ts';

export type { SlackSettings } from './slack-app.ts';

/** How long /flux waits for prepare() before acking with "still working" (Slack allows 3 s in all). */
const SUBMIT_DEADLINE_MS = 2_000;

export interface Slack {
  /** Web role: `POST /slack/events` on the shared server, or the Socket Mode connection. */
  startIngress(router: Router, deps: SubmitDeps): void;
  /** HTTP mode: resolves at once. Socket Mode: once the WebSocket is connected. */
  ready(): Promise<void>;
  /** Worker role: posts and updates job messages, paced per channel. */
  readonly deliverer: Deliverer;
  /** Slack user group membership, for group role bindings (cached briefly). */
  readonly memberOf: MemberOf;
  close(): Promise<void>;
}

/**
 * Slack for the composition root. `redis` should be the fail-fast producer connection: it serves
 * the locale cache on the ack path, where waiting on a reconnect would break the 3-second rule.
 */
export function createSlack(options: {
  settings: SlackSettings;
  redis: RedisClient;
  prefix: string;
  notify: NotifyPort;
  logger: Logger;
}): Slack {
  const logger = options.logger.child({ adapter: 'slack' });
  const client = createSlackWebClient(
    { botToken: options.settings.botToken ?? '', apiUrl: options.settings.apiUrl },
    logger,
  );
  const installedTeam = installedTeamReader(client, logger);
  const groups = new SlackGroupMembers(options.redis, options.prefix, client, logger);
  // Every Web API call fluxops makes draws from budgets in Redis, shared by all its processes.
  const budgets = new SlackBudgets(new RateBudgets(options.redis, options.prefix), options.settings.rates);
  const states = new MessageStateStore(options.redis, options.prefix);
  const responseUrls = new ResponseUrlFallback(options.redis, options.prefix, logger);
  let ready: Promise<void> = Promise.resolve();
  let stop = async () => {};
  let deliverer: Deliverer | undefined;
  return {
    startIngress(router, deps) {
      const locales = new UserLocaleCache(options.redis, options.prefix, client, budgets, logger);
      // With SLACK_TEAM_IDS empty only the workspace the token is installed in is served (prepare's rule 0).
      const submit = { ...deps, installedSlackTeam: installedTeam };
      const { app, http, socketMode } = buildSlackApp(
        options.settings,
        {
          submit,
          notify: options.notify,
          locales,
          states,
          responseUrls,
          logger,
          submitDeadlineMs: SUBMIT_DEADLINE_MS,
        },
        logger,
      );
      if (http) router.add('POST', EVENTS_PATH, http.handle);
      // Read at start, so a wrong token shows in the logs before the first command does.
      void installedTeam();
      if (socketMode) {
        ready = app.start().then(() => logger.info('slack socket mode connected'));
        ready.catch((e: Error) => logger.error({ err: e.message }, 'slack socket mode could not connect'));
        stop = async () => {
          await app.stop().catch(() => {});
        };
      }
    },
    ready: () => ready,
    memberOf: groups.memberOf,
    get deliverer() {
      deliverer ??= new SlackDeliverer({
        client,
        redis: options.redis,
        prefix: options.prefix,
        budgets,
        responseUrls,
        states,
        notify: options.notify,
        logger,
      });
      return deliverer;
    },
    close: () => stop(),
  };
}
