/**
 * What the Slack app must be granted for this code to work. The app manifests in manifest/slack/
 * are tested against this file, so a new Web API call without its scope fails a test, not a deploy.
 */
export const SLASH_COMMAND = '/flux';

/** One URL serves slash commands, interactivity and events (HTTP mode). */
export const EVENTS_PATH = '/slack/events';

/** Every Web API method the adapter calls, with the bot scope it needs (null: none). */
export const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'users.info': 'users:read',
  'auth.test': null,
  'conversations.open': 'im:write',
  'usergroups.users.list': 'usergroups:read',
};

/**
 * Bot scopes: `commands` for /flux; `chat:write.public` so job messages reach public channels the
 * bot was never invited to (a slash command works there, so its result must too); `im:write` to open
 * the direct message that carries what only the requester may read (the `alerts setup` key);
 * `usergroups:read` for the members of user groups that hold a role (`access grant ROLE @group`);
 * `app_mentions:read` for `@fluxops …` commands (the app_mention event).
 */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'chat:write.public',
  'users:read',
  'im:write',
  'usergroups:read',
  'app_mentions:read',
] as const;

/** Events the app subscribes to; app_mention needs app_mentions:read, the others no scope. */
export const BOT_EVENTS = ['app_mention', 'app_uninstalled', 'tokens_revoked'] as const;
