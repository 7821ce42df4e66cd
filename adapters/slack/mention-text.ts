/**
 * The command in an `app_mention` event's text: the bot's own mention (`<@BOTID>` or
 * `<@BOTID|name>`) is removed wherever it stands, and the rest trimmed. Rules: 1. the bot's user id
 * comes from the event's `authorizations` when Slack sent them; 2. without it, the mention the text
 * starts with is the bot's (Slack delivers app_mention only to the app mentioned); 3. other mentions
 * are left for the command parser, which drops them like any chat markup.
 */
export function mentionText(text: string, botUserId: string | undefined): string {
  const bot = botUserId ?? /^\s*<@([A-Z0-9]+)(?:\|[^>]*)?>/.exec(text)?.[1];
  if (!bot) return text.trim();
  return (
    text
      // One fixed pattern, the id compared as a string: nothing from the event becomes a regex.
      .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (mention, id: string) => (id === bot ? ' ' : mention))
      .replace(/[ \t]{2,}/g, ' ')
      .trim()
  );
}
