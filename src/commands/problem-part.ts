// A part of a problem's text that the call site chooses (`a controller name`, ` and an extension name`,
// `the key is encrypted`): kept in `Problem.params` as a catalog key, not as English, so the problem is
// written whole in the reader's language when the reply is built (see problem.ts, rule 6).
import type { MessageKey } from '../replies/catalog/en/index.ts';

/** The catalog keys a part may name (`src/replies/catalog/en/problems-parts.ts`). */
export type ProblemPartKey = Extract<MessageKey, `problem.part.${string}`>;

export interface ProblemPart {
  part: ProblemPartKey;
  values?: Readonly<Record<string, string | number>>;
}

export function part(key: ProblemPartKey, values?: Readonly<Record<string, string | number>>): ProblemPart {
  return values === undefined ? { part: key } : { part: key, values };
}

export function isProblemPart(value: unknown): value is ProblemPart {
  return typeof value === 'object' && value !== null && typeof (value as { part?: unknown }).part === 'string';
}
