// Problems are what a user sees for bad input: one per thing wrong, each with what was wrong, what is
// accepted and an example, all looked up in the i18n catalog by a stable code.
//
// Rules:
// 1. `code` is the catalog key stem (`duration.invalid` → `problem.duration.invalid.message`).
// 2. `accepted`/`example` fall back to the code's group (`problem.duration.accepted`) so related
//    problems share one explanation.
// 3. `suggestion` is only set when there is a nearest valid spelling (see `nearest-word.ts`).
// 4. A text param longer than `MAX_PARAM_CHARS` (a pasted wall of text quoted back) is cut, keeping its
//    start and saying how long it was, so one problem's size does not grow with the input.
// 5. A problem keeps its code and params, so `localizeProblem` can write it again in the reader's
//    language when the reply is built (the parser itself knows no reader).
// 6. A param that is prose chosen by the call site is a `ProblemPart` (a catalog key), or a list of
//    them and plain values; it is written in the problem's language before the message is, so no
//    English fragment sits inside a Japanese or French problem.
import { type CatalogParams, hasMessage, translate } from '../replies/catalog/index.ts';
import type { Locale } from '../replies/locale/locale.ts';
import { isProblemPart, type ProblemPart } from './problem-part.ts';

/** Rule 6: a plain value, a part, or a list of them (written comma-separated). */
type ProblemParam = string | number | ProblemPart | readonly (string | ProblemPart)[];
export type ProblemParams = Record<string, ProblemParam>;

export interface Problem {
  /** Stable catalog key stem, e.g. `duration.invalid`. */
  code: string;
  message: string;
  accepted?: string;
  example?: string;
  suggestion?: string;
  /** Rule 5: what the texts were built from. */
  params?: ProblemParams;
  suggested?: string;
}

const MAX_PARAM_CHARS = 600;
const KEPT_PARAM_CHARS = 120;

/** Rule 4. */
function clipParams(params: ProblemParams): ProblemParams {
  const clipped: ProblemParams = {};
  for (const [name, value] of Object.entries(params)) {
    clipped[name] =
      typeof value === 'string' && value.length > MAX_PARAM_CHARS
        ? `${value.slice(0, KEPT_PARAM_CHARS)}… (${value.length} characters)`
        : value;
  }
  return clipped;
}

function lookup(code: string, part: 'accepted' | 'example', params: CatalogParams, locale: Locale): string | undefined {
  const own = `problem.${code}.${part}`;
  if (hasMessage(own)) return translate(own, params, locale);
  const group = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : code;
  const shared = `problem.${group}.${part}`;
  return hasMessage(shared) ? translate(shared, params, locale) : undefined;
}

/** Rule 6. */
function writePart(value: string | ProblemPart, locale: Locale): string {
  return isProblemPart(value) ? translate(value.part, value.values, locale) : value;
}

/** Rule 6. */
function writeParams(params: ProblemParams, locale: Locale): CatalogParams {
  const written: CatalogParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') written[name] = value;
    else if (isProblemPart(value)) written[name] = writePart(value, locale);
    else written[name] = value.map((item) => writePart(item, locale)).join(', ');
  }
  return written;
}

function build(code: string, params: ProblemParams, suggestion: string | undefined, locale: Locale): Problem {
  const values = writeParams(params, locale);
  const result: Problem = { code, message: translate(`problem.${code}.message`, values, locale), params };
  const accepted = lookup(code, 'accepted', values, locale);
  const example = lookup(code, 'example', values, locale);
  if (accepted !== undefined) result.accepted = accepted;
  if (example !== undefined) result.example = example;
  if (suggestion !== undefined) {
    result.suggestion = translate('problem.suggestion', { suggestion }, locale);
    result.suggested = suggestion;
  }
  return result;
}

export function problem(code: string, given: ProblemParams = {}, suggestion?: string): Problem {
  return build(code, clipParams(given), suggestion, 'en');
}

/** Rule 5: the problem in `locale`; one built without the catalog (no params) stays as it is. */
export function localizeProblem(item: Problem, locale: Locale): Problem {
  if (locale === 'en' || item.params === undefined) return item;
  return build(item.code, item.params, item.suggested, locale);
}
