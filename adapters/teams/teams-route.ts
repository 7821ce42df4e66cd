import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { BodyTooLargeError, type Router, readBody, sendJson } from '../../src/platform/http-router.ts';
import type { Logger } from '../../src/platform/logger.ts';
import { activityShapeProblem } from './activity-shape.ts';
import type { AuthenticatedAdapter, AuthenticatedRequest } from './authenticated-adapter.ts';
import type { FluxopsBot } from './fluxops-bot.ts';
import { readActivity } from './read-activity.ts';
import { ALLOWED_SERVICE_URLS, isAllowedServiceUrl } from './service-url-allow-list.ts';

// POST /api/messages: the Bot Framework endpoint. In order: the body must be an activity, its
// serviceUrl (where the reply goes) a Bot Framework host, its JWT valid (botbuilder's
// BotFrameworkAuthentication); only then does CloudAdapter run the turn and the route write the
// invoke response. An activity without the fields a turn reads gets a 400 before the serviceUrl and
// token checks (`activity-shape.ts`). The turn itself only enqueues, so it ends well inside Teams'
// 10–15 s budget.
// Every refusal has a fixed body: what failed inside (botbuilder's messages, a key endpoint that
// could not be reached) goes to the log only.

/** Activities are small; Teams caps messages near 28 KB, so 256 KB leaves room for any envelope. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/** The one body every authentication failure gets (a missing, malformed, expired or unverifiable token). */
export const UNAUTHORIZED_BODY = {
  error: 'unauthorized: /api/messages needs a valid Bot Framework token (Authorization: Bearer …)',
};

export interface TeamsRouteOptions {
  adapter: AuthenticatedAdapter;
  authentication: ConfigurationBotFrameworkAuthentication;
  bot: FluxopsBot;
  /** Sandbox mode: replies may go to a connector on this machine (Agents Playground, tests). */
  allowLoopbackServiceUrl: boolean;
  logger: Logger;
}

export function registerTeamsRoute(router: Router, options: TeamsRouteOptions): void {
  const { adapter, authentication, bot, logger } = options;
  router.add('POST', '/api/messages', async (req, res) => {
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, MAX_ACTIVITY_BYTES)).toString('utf8'));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      sendJson(res, tooLarge ? 413 : 400, {
        error: tooLarge ? 'activity too large (at most 256 KB)' : 'body must be an activity (JSON)',
      });
      return;
    }
    const activity = readActivity(body);
    if (!activity) {
      sendJson(res, 400, {
        error: 'body must be an activity: a JSON object with a string "type"',
        example: '{"type":"message","text":"flux help",…}',
      });
      return;
    }
    const shape = activityShapeProblem(activity);
    if (shape) {
      sendJson(res, 400, { error: shape });
      return;
    }
    if (!isAllowedServiceUrl(activity.serviceUrl, { allowLoopback: options.allowLoopbackServiceUrl })) {
      logger.warn(
        { serviceUrl: String(activity.serviceUrl).slice(0, 200) },
        'teams: activity refused: serviceUrl not allowed',
      );
      sendJson(res, 403, {
        error: `serviceUrl is not a Bot Framework host; fluxops only replies to ${ALLOWED_SERVICE_URLS}${options.allowLoopbackServiceUrl ? ' and, in sandbox mode, loopback' : ''}`,
        example: 'https://smba.trafficmanager.net/teams/',
      });
      return;
    }
    const header = req.headers.authorization ?? '';
    let authenticated: AuthenticatedRequest;
    try {
      authenticated = await authentication.authenticateRequest(activity, header);
    } catch (error) {
      // A rejected token is routine; anything else (the signing keys could not be fetched) is ours to fix.
      const reason = error instanceof Error ? error.message : String(error);
      if (isRejectedToken(error)) logger.warn({ reason }, 'teams: activity refused: authentication failed');
      else logger.error({ reason }, 'teams: activity refused: the token could not be checked');
      sendJson(res, 401, UNAUTHORIZED_BODY);
      return;
    }
    try {
      const invoke = await adapter.runTurn(authenticated, activity, (context) => bot.run(context));
      if (invoke?.body !== undefined) sendJson(res, invoke.status, invoke.body);
      else res.writeHead(invoke?.status ?? 200).end();
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'teams: turn failed');
      sendJson(res, 500, { error: 'turn failed' });
    }
  });
}

/** botbuilder's AuthenticationError carries 401; its class is not exported by the botbuilder package. */
function isRejectedToken(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { statusCode?: unknown }).statusCode === 401;
}
