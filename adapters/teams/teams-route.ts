import type { CloudAdapter } from 'botbuilder';
import { BodyTooLargeError, type Router, readBody, sendJson } from '../../src/platform/http-router.ts';
import type { Logger } from '../../src/platform/logger.ts';
import { activityShapeProblem } from './activity-shape.ts';
import { toBotRequest, toBotResponse } from './express-shim.ts';
import type { FluxopsBot } from './fluxops-bot.ts';

// POST /api/messages: the Bot Framework endpoint. CloudAdapter validates the JWT (401 otherwise),
// runs the turn and writes the invoke response. The turn itself only enqueues, so it ends well
// inside Teams' 10–15 s budget. A body without the fields a turn reads is answered 400 before any
// turn runs (`activity-shape.ts`).

/** Activities are small; Teams caps messages near 28 KB, so 256 KB leaves room for any envelope. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

export function registerTeamsRoute(router: Router, adapter: CloudAdapter, bot: FluxopsBot, logger: Logger): void {
  router.add('POST', '/api/messages', async (req, res) => {
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, MAX_ACTIVITY_BYTES)).toString('utf8'));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      sendJson(res, tooLarge ? 413 : 400, {
        error: tooLarge ? 'activity too large' : 'body must be an activity (JSON)',
      });
      return;
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendJson(res, 400, { error: 'body must be an activity (JSON object)' });
      return;
    }
    const shape = activityShapeProblem(body as Record<string, unknown>);
    if (shape) {
      sendJson(res, 400, { error: shape });
      return;
    }
    const shimRes = toBotResponse(res);
    try {
      await adapter.process(toBotRequest(req, body as Record<string, unknown>), shimRes, (context) => bot.run(context));
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, 'teams: turn failed');
      sendJson(res, 500, { error: 'turn failed' });
    }
  });
}
