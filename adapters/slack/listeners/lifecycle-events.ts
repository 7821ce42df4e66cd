import type { App } from '@slack/bolt';
import type { Logger } from '../../../src/platform/logger.ts';

/**
 * The workspace removed the app or revoked its tokens: every post will fail from now on, so say it
 * loudly once instead of leaving operators to infer it from a stream of invalid_auth errors.
 */
export function registerLifecycleEvents(app: App, logger: Logger): void {
  app.event('app_uninstalled', async ({ body }) => {
    logger.error(
      { team: body.team_id },
      'fluxops was uninstalled from a Slack workspace; job messages there will be dropped',
    );
  });
  app.event('tokens_revoked', async ({ body }) => {
    logger.error({ team: body.team_id }, 'Slack revoked fluxops tokens; reinstall the app and update SLACK_BOT_TOKEN');
  });
}
