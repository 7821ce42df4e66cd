/**
 * Removes Slack's special mentions from text that came from elsewhere (Flux event messages,
 * command output) before it is escaped: `<!channel>`, `<!here>`, `<!everyone>`, user mentions
 * `<@U…>` and group mentions `<!subteam^…>`, with or without a `|label`. Rules: 1. the mention is
 * replaced by its plain name (`channel`, `here`, `everyone`, the label or id) so the sentence still
 * reads; 2. nothing else is touched — escaping (escapeMrkdwn) makes the rest inert.
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/g, '$1')
    .replace(/<!subteam\^([A-Z0-9]+)(?:\|@?([^>]*))?>/g, (_m, id: string, label?: string) => label || id)
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => label || id);
}
