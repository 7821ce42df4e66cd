// How much input one chat message may carry, checked before the expensive parts of parsing, so the
// work a message costs is bounded by these numbers and not by what a sender pastes.
//
// Rules:
// 1. Text longer than `chars` is refused before it is normalized or tokenized.
// 2. More than `words` words, or more than `flags` flag-shaped words, is refused after tokenizing and
//    before the command words are looked up or the flags parsed (each unknown flag costs a spelling
//    search, each known one a validation).
// 3. The limits sit well above the longest real command (a `flux create` with an SSH key, known hosts
//    and several kustomizations is under 8,000 characters, 80 words and 40 flags).
import { type Problem, problem } from './problem.ts';

export const INPUT_LIMITS = { chars: 20_000, words: 300, flags: 100 } as const;

const FLAG_WORD = /^--?[A-Za-z]/;

/** Rule 1: the problem with the raw text's length, if it is over the limit. */
export function textLimitProblem(text: string): Problem | undefined {
  if (text.length <= INPUT_LIMITS.chars) return undefined;
  return problem('input.too-long', { length: text.length, limit: INPUT_LIMITS.chars });
}

/** Rule 2: the problems with the number of words and flags, if either is over its limit. */
export function tokenLimitProblems(tokens: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (tokens.length > INPUT_LIMITS.words) {
    problems.push(problem('input.too-many-words', { count: tokens.length, limit: INPUT_LIMITS.words }));
  }
  const flags = tokens.filter((token) => FLAG_WORD.test(token)).length;
  if (flags > INPUT_LIMITS.flags) {
    problems.push(problem('input.too-many-flags', { count: flags, limit: INPUT_LIMITS.flags }));
  }
  return problems;
}
