import { App, SocketModeReceiver } from '@slack/bolt';
import type { SlackRates } from '../../src/platform/config.ts';
import type { Logger } from '../../src/platform/logger.ts';
import { boltLogger } from './bolt-logger.ts';
import { registerAppMention } from './listeners/app-mention.ts';
import { registerDecisionAction } from './listeners/decision-action.ts';
import { registerFluxCommand } from './listeners/flux-command.ts';
import { registerLifecycleEvents } from './listeners/lifecycle-events.ts';
import type { SlackListenerDeps } from './listeners/listener-deps.ts';
import { registerRunCommandAction } from './listeners/run-command-action.ts';
import { RouterReceiver } from './receivers/router-receiver.ts';
import { SLASH_COMMAND } from './slack-requirements.ts';

/**
 * The Bolt app: HTTP mode on the shared server (RouterReceiver) or, when an app-level token is
 * given, Socket Mode (no public URL). Same listeners either way.
 */
export interface SlackSettings {
  signingSecret?: string;
  botToken?: string;
  appToken?: string;
  apiUrl?: string;
  /** SLACK_RATE_*; unset, Slack's published tiers (deliver/slack-budgets.ts). */
  rates?: SlackRates;
}

export interface BuiltSlackApp {
  app: App;
  /** Set in HTTP mode: the handler for POST /slack/events. */
  http?: RouterReceiver;
  socketMode: boolean;
}

export function buildSlackApp(settings: SlackSettings, deps: SlackListenerDeps, logger: Logger): BuiltSlackApp {
  const botToken = settings.botToken;
  if (!botToken) throw new Error('Slack needs SLACK_BOT_TOKEN');
  const sdkLogger = boltLogger(logger);
  const slackApiUrl = settings.apiUrl ?? 'https://slack.com/api/';
  let http: RouterReceiver | undefined;
  let receiver: RouterReceiver | SocketModeReceiver;
  if (settings.appToken) {
    receiver = new SocketModeReceiver({
      appToken: settings.appToken,
      logger: sdkLogger,
      // apps.connections.open goes to SLACK_API_URL too (proxies, tests).
      installerOptions: { clientOptions: { slackApiUrl } },
    });
  } else {
    if (!settings.signingSecret) throw new Error('Slack over HTTP needs SLACK_SIGNING_SECRET');
    http = new RouterReceiver({ signingSecret: settings.signingSecret, logger: sdkLogger });
    receiver = http;
  }
  const app = new App({
    receiver,
    logger: sdkLogger,
    // A fixed authorization: one workspace, one bot token. Bolt's default would call auth.test on
    // the ack path and reject every event if Slack were briefly unreachable.
    authorize: async () => ({ botToken }),
    clientOptions: { slackApiUrl, rejectRateLimitedCalls: true },
    // No conversation store: it would add a lookup to every ack and we keep state in Redis.
    convoStore: false,
  });
  app.error(async (error) => {
    logger.warn({ err: error.message, code: error.code }, 'slack listener failed');
  });
  registerFluxCommand(app, SLASH_COMMAND, deps);
  registerAppMention(app, deps);
  registerDecisionAction(app, deps);
  registerRunCommandAction(app, deps);
  registerLifecycleEvents(app, logger);
  return { app, http, socketMode: http === undefined };
}
