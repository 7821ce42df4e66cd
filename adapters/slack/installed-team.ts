import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/platform/logger.ts';

/**
 * The workspace the bot token is installed in, read with auth.test once and kept; a failed read is
 * not kept, so the next request asks Slack again (a network blip at start must not lock Slack out
 * for good, and until it is known no workspace is served — see src/access/origin-check.ts).
 */
export function installedTeamReader(client: WebClient, logger: Logger): () => Promise<string | undefined> {
  let known: Promise<string | undefined> | undefined;
  return () => {
    known ??= client.auth.test().then(
      (result) => {
        logger.info({ team: result.team_id, botUser: result.user_id }, 'slack bot token accepted');
        if (!result.team_id) known = undefined;
        return result.team_id;
      },
      (error: Error) => {
        logger.warn(
          { err: error.message },
          'slack rejected SLACK_BOT_TOKEN or did not answer (auth.test); posts will fail',
        );
        known = undefined;
        return undefined;
      },
    );
    return known;
  };
}
