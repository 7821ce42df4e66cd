// User-supplied regular expressions (`alerts subscribe --exclude`), compiled for a linear-time engine.
//
// Rules:
// 1. Patterns run on RE2 (the `re2js` port), never on JavaScript's backtracking engine: matching costs
//    time proportional to pattern × text, so no pattern can freeze the process (`^([A-Za-z/-]+)+X$`
//    on a 29-character subject took ~40 s with `RegExp`).
// 2. A pattern is at most `MAX_PATTERN_CHARS` characters.
// 3. What RE2 cannot run is refused with the reason in words: backreferences (`\1`, `\k<name>`) and
//    lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`); any other syntax error with RE2's own explanation.
import { RE2JS } from 're2js';
import { type ProblemPart, part } from '../problem-part.ts';

export const MAX_PATTERN_CHARS = 256;

/** `reason` is a catalog part for our own refusals, RE2's own words otherwise. */
export type SafePatternResult = { ok: true; pattern: RE2JS } | { ok: false; reason: string | ProblemPart };

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

/** Rule 3: why RE2 refused a pattern, in words a user can act on. */
function refusalReason(source: string, error: unknown): string | ProblemPart {
  if (LOOKAROUND.test(source)) return part('problem.part.regex.lookaround');
  if (BACKREFERENCE.test(source)) return part('problem.part.regex.backreference');
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error parsing regexp: /, '');
}

export function compileSafePattern(source: string): SafePatternResult {
  if (source.length > MAX_PATTERN_CHARS) {
    return {
      ok: false,
      reason: part('problem.part.regex.too-long', { length: source.length, limit: MAX_PATTERN_CHARS }),
    };
  }
  try {
    return { ok: true, pattern: RE2JS.compile(source) };
  } catch (error) {
    return { ok: false, reason: refusalReason(source, error) };
  }
}
