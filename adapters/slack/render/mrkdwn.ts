import { stripMentions } from './strip-mentions.ts';

/**
 * Slack mrkdwn needs `&`, `<` and `>` escaped everywhere, code blocks included; otherwise a value
 * like `<none>` is read as a link or mention.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `text` to `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** A ``` code block of `lines`, mentions stripped (stripMentions) and escaped. */
export function codeBlock(lines: string[]): string {
  return `\`\`\`${lines.map((line) => escapeMrkdwn(stripMentions(line))).join('\n')}\`\`\``;
}

/** Length the line takes inside a code block once escaped, plus its newline. */
export function escapedLength(line: string): number {
  return escapeMrkdwn(line).length + 1;
}
