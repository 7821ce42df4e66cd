// Word readers of the extension short forms: on/off words, controller names, `key=value` pairs.
//
// Rules:
// 1. on/off also accept true/false and enable/disable.
// 2. Controller names may omit `-controller`; an unknown one gets the nearest as a suggestion.
// 3. Every bad word becomes a problem; nothing is thrown.
import { resolveController } from '../controller-names.ts';
import { nearestWord } from '../nearest-word.ts';
import { type Problem, problem } from '../problem.ts';
import { part } from '../problem-part.ts';

const ON_OR_OFF = part('problem.part.on-or-off');

const SWITCH_WORDS: Record<string, boolean> = {
  on: true,
  off: false,
  true: true,
  false: false,
  enable: true,
  disable: false,
};

export function onOff(command: string, words: string[], problems: Problem[], example: string): boolean | undefined {
  const value = words[0] === undefined ? undefined : SWITCH_WORDS[words[0].toLowerCase()];
  if (value === undefined) {
    const params = { command, value: words[0] ?? '', what: ON_OR_OFF, accepted: ON_OR_OFF, example };
    problems.push(
      words[0] === undefined ? problem('short.missing-argument', params) : problem('short.bad-setting', params),
    );
  }
  return value;
}

export function controller(
  command: string,
  word: string | undefined,
  problems: Problem[],
  allowed: readonly string[],
  example: string,
): string | undefined {
  const resolved = word === undefined ? undefined : resolveController(word, allowed);
  if (resolved === undefined) {
    const params = {
      command,
      value: word ?? '',
      what: part('problem.part.what.controller-name'),
      accepted: allowed.join(', '),
      example,
    };
    problems.push(
      word === undefined
        ? problem('short.missing-argument', params)
        : problem('short.unknown-controller', params, nearestWord(word, allowed)),
    );
  }
  return resolved;
}

/** `key=value` words whose keys must come from `keys` (short key → full setting key). */
export function mapPairs(
  command: string,
  words: string[],
  keys: Record<string, string>,
  problems: Problem[],
  example: string,
): string[] {
  const out: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    const key = eq > 0 ? word.slice(0, eq).toLowerCase() : word;
    const full = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (full === undefined) {
      const accepted = Object.keys(keys)
        .map((k) => `${k}=…`)
        .join(', ');
      problems.push(
        problem('short.bad-setting', { command, value: word, accepted, example }, nearestWord(key, Object.keys(keys))),
      );
    } else out.push(`${full}=${word.slice(eq + 1)}`);
  }
  return out;
}

export function extraWords<T>(
  command: string,
  extra: string[],
  problems: Problem[],
  example: string,
  value: T | undefined,
  make: (value: T) => string[],
): string[] {
  for (const word of extra)
    problems.push(
      problem('short.bad-setting', {
        command,
        value: word,
        accepted: part('problem.part.accepted.nothing-after-on-off'),
        example,
      }),
    );
  return value === undefined ? [] : make(value);
}
