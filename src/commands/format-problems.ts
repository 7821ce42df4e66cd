// The one text users see for bad input.
//
// Rules:
// 1. Every problem is listed (users fix everything in one round trip, not one error per message), up to
//    `MAX_LISTED_PROBLEMS`; past that the first ones are listed and the rest counted, so the reply's size
//    is bounded however much input produced it.
// 2. Each shows what was wrong, then the suggestion, what is accepted and an example when known.
// 3. The text ends with a pointer to the relevant help topic (`help` alone for the overview).
import { t } from '../replies/catalog/index.ts';
import type { Locale } from '../replies/locale/locale.ts';
import { localizeProblem, type Problem } from './problem.ts';

export const MAX_LISTED_PROBLEMS = 10;

export function formatProblems(problems: Problem[], helpTopic: string, locale: Locale = 'en'): string {
  const lines: string[] = [];
  for (const given of problems.slice(0, MAX_LISTED_PROBLEMS)) {
    const item = localizeProblem(given, locale);
    lines.push(`• ${item.message}${item.suggestion ? ` ${item.suggestion}` : ''}`);
    if (item.accepted) lines.push(`  ${t(locale, 'format.problem.accepted', { accepted: item.accepted })}`);
    if (item.example) lines.push(`  ${t(locale, 'format.problem.example', { example: item.example })}`);
  }
  const unlisted = problems.length - MAX_LISTED_PROBLEMS;
  if (unlisted > 0) lines.push(t(locale, 'format.problem.more', { count: unlisted }));
  // The overview is `help`, not `help help`.
  const topic = helpTopic === 'help' || helpTopic === '' ? '' : ` ${helpTopic}`;
  lines.push(t(locale, 'format.problem.see-help', { topic }));
  return lines.join('\n');
}
