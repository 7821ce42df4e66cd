import { formatProblems } from '../../src/commands/format-problems.ts';
import { textLimitProblem } from '../../src/commands/input-limits.ts';
import type { Locale } from '../../src/replies/locale/locale.ts';
import type { Reply } from '../../src/replies/reply.ts';
import { parseErrorReply } from '../../src/replies/submit-replies.ts';
import { CONSOLE_TEXT_CHARS } from './console-limits.ts';

/**
 * The client's answer to a text too long to send. Rules: 1. a text the endpoint takes is sent, and
 * the server's parser answers it (undefined here); 2. a longer one gets the parser's own refusal,
 * written here in the terminal's language, so every too-long text reads the same.
 */
export function oversizedTextReply(text: string, locale: Locale): Reply | undefined {
  if (text.length <= CONSOLE_TEXT_CHARS) return undefined;
  const problem = textLimitProblem(text);
  return problem && parseErrorReply(formatProblems([problem], 'help', locale), locale);
}
