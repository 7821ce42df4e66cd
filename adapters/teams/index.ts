import { ChannelPacer } from '../../src/notify/channel-pacer.ts';
import { MessageStateStore } from '../../src/notify/message-state.ts';
import type { Router } from '../../src/platform/http-router.ts';
import type { Logger } from '../../src/platform/logger.ts';
import type { RedisClient } from '../../src/platform/redis-client.ts';
import type { SubmitDeps } from '../../src/submit/submit-deps.ts';
import { AuthenticatedAdapter } from './authenticated-adapter.ts';
import { createBotAuthentication, type TeamsSettings } from './bot-authentication.ts';
import { ConversationReferenceStore } from './conversation-references.ts';
import { FluxopsBot } from './fluxops-bot.ts';
import { isAllowedServiceUrl } from './service-url-allow-list.ts';
import { TeamsDeliverer } from './teams-deliverer.ts';
import { registerTeamsRoute } from './teams-route.ts';

// Wires Microsoft Teams: one CloudAdapter (botbuilder stays inside this folder, so moving to the
// Microsoft 365 Agents SDK is a one-folder change), the /api/messages route for web processes and
// the deliverer for workers. It opens nothing of its own: RedisClient is the caller's connection.

/** Teams' per-bot, per-conversation limits (msteams-docs, rate-limit.md): 7/1 s, 8/2 s, 60/30 s, 1,800/h. */
const TEAMS_CONVERSATION_WINDOWS = [
  { max: 7, ms: 1_000 },
  { max: 8, ms: 2_000 },
  { max: 60, ms: 30_000 },
  { max: 1_800, ms: 3_600_000 },
];

export interface Teams {
  registerRoutes(router: Router, deps: SubmitDeps): void;
  readonly deliverer: TeamsDeliverer;
}

export function createTeams(options: {
  settings: TeamsSettings;
  redis: RedisClient;
  prefix: string;
  logger: Logger;
  /** Sandbox mode: replies may go to a connector on this machine (Agents Playground, tests). */
  allowLoopbackServiceUrl: boolean;
}): Teams {
  const { settings, redis, prefix, allowLoopbackServiceUrl } = options;
  const logger = options.logger.child({ adapter: 'teams' });
  const authentication = createBotAuthentication(settings);
  const adapter = new AuthenticatedAdapter(authentication);
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, 'teams: turn error');
    if (context.activity.type === 'message') {
      await context.sendActivity('Something went wrong on our side; nothing was queued. Please try again.');
    }
  };
  const references = new ConversationReferenceStore(redis, prefix);
  const states = new MessageStateStore(redis, prefix);
  // Every conversation's windows, plus the bot's own ceiling over all of them (TEAMS_RATE_BOT).
  const pacer = new ChannelPacer(redis, `${prefix}:teams`, TEAMS_CONVERSATION_WINDOWS, settings.botRate);
  const deliverer = new TeamsDeliverer({
    adapter,
    appId: settings.appId ?? '',
    references,
    states,
    pacer,
    allowsServiceUrl: (serviceUrl) => isAllowedServiceUrl(serviceUrl, { allowLoopback: allowLoopbackServiceUrl }),
    redis,
    prefix,
    logger,
  });
  return {
    deliverer,
    registerRoutes(router, deps) {
      const bot = new FluxopsBot({ deps, references, states, redis, prefix, logger });
      registerTeamsRoute(router, { adapter, authentication, bot, allowLoopbackServiceUrl, logger });
      if (settings.appId) {
        logger.info({ appType: settings.appType }, 'teams: /api/messages ready; Bot Framework JWT required');
      } else {
        logger.warn('teams: /api/messages ready with AUTHENTICATION OFF (sandbox, no MicrosoftAppId) — local use only');
      }
    },
  };
}
