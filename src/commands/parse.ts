// The entry point: chat text → a typed Command, or every problem with it.
//
// Rules:
// 1. Chat markup is undone (`normalize-chat-text.ts`), then the text is tokenized like a shell.
// 2. The leading words pick a builder (`grammar/route-command.ts`); the builder parses flags, resolves the
//    cluster (flags, then the channel context), validates, and returns a draft or all its problems.
// 3. The draft gets its safety and redacted display (`finalize-command.ts`).
// 4. It never throws: an unexpected internal error becomes a typed problem (`input.internal`).
// 5. Work is bounded by input (`input-limits.ts`): the text's length is checked before it is normalized,
//    the number of words and flags before the command words are looked up.
import { finalizeCommand } from './finalize-command.ts';
import { routeCommand } from './grammar/route-command.ts';
import { textLimitProblem, tokenLimitProblems } from './input-limits.ts';
import { normalizeChatText } from './normalize-chat-text.ts';
import { type Problem, problem } from './problem.ts';
import { part } from './problem-part.ts';
import type { ParseOptions } from './resolve-target.ts';
import { tokenize } from './tokenize.ts';
import type { Command } from './types.ts';

export type { ParseOptions } from './resolve-target.ts';

export type ParseResult = { ok: true; command: Command } | { ok: false; problems: Problem[]; helpTopic: string };

function parseUnsafe(text: string, options: ParseOptions): ParseResult {
  const tooLong = textLimitProblem(text);
  if (tooLong) return { ok: false, problems: [tooLong], helpTopic: 'help' };
  const tokenized = tokenize(normalizeChatText(text));
  if (!tokenized.ok) {
    const quote = tokenized.quote === '"' ? 'double' : 'single';
    return {
      ok: false,
      problems: [problem('input.unterminated-quote', { quote, position: tokenized.position + 1 })],
      helpTopic: 'help',
    };
  }
  const tooMany = tokenLimitProblems(tokenized.tokens);
  if (tooMany.length > 0) return { ok: false, problems: tooMany, helpTopic: 'help' };
  const route = routeCommand(tokenized.tokens);
  if (!route.ok) return { ok: false, problems: route.problems, helpTopic: route.topic };
  const built = route.leaf.build({ words: route.rest, path: route.path, topic: route.leaf.topic, options });
  if (!built.ok) {
    // A command whose only problem is the missing cluster is best helped by `help use`.
    const onlyTarget = built.problems.every((item) => item.code === 'target.missing');
    return { ok: false, problems: built.problems, helpTopic: onlyTarget ? 'use' : route.leaf.topic };
  }
  return { ok: true, command: finalizeCommand(built.draft, route.leaf.shortForm) };
}

export function parseCommand(text: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(typeof text === 'string' ? text : String(text), options);
  } catch (error) {
    const detail = error instanceof Error ? error.name : part('problem.part.internal.unknown');
    return { ok: false, problems: [problem('input.internal', { detail })], helpTopic: 'help' };
  }
}
