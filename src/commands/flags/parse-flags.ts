// Split a command's words into flags and positionals according to its flag table.
//
// Rules:
// 1. `--flag value`, `--flag=value`; long flags match case-insensitively, short ones exactly; `--g`
//    (what a smart dash makes of `-g`) is read as `-g`.
// 2. A value flag takes the next word even if it starts with `-`, unless that word is itself a known flag.
// 3. `values` flags take every word up to the next flag; `repeatable` ones keep one group per occurrence.
// 4. Three-state flags consume a following `true`/`false` (any case) only; alone they mean true.
// 5. An unknown flag is one problem (with the nearest spelling) and swallows its value words, so a typo
//    does not also produce "unexpected argument" noise.
// 6. A non-repeatable flag given twice is a problem; every problem is collected, nothing throws.
import { nearestWord } from '../nearest-word.ts';
import { type Problem, problem } from '../problem.ts';
import type { FlagSpec } from './flag-spec.ts';

export interface ParsedFlags {
  values: Map<string, string>;
  lists: Map<string, string[][]>;
  switches: Map<string, boolean>;
  /** Canonical names of ignored flags that were given. */
  ignored: string[];
  positionals: string[];
  problems: Problem[];
}

export interface ParseFlagsContext {
  /** The command as the user would read it, e.g. `k8s-configuration flux create`. */
  command: string;
  helpTopic: string;
}

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false };
const FLAG_SHAPE = /^--?[A-Za-z][A-Za-z0-9._-]*(=.*)?$/s;

function findSpec(word: string, specs: readonly FlagSpec[]): FlagSpec | undefined {
  const lower = word.toLowerCase();
  const asShort = /^--[A-Za-z]$/.test(word) ? word.slice(1) : undefined;
  return specs.find((spec) => {
    const names = [spec.name, ...(spec.aliases ?? [])];
    return names.some((name) =>
      name.startsWith('--') ? name.toLowerCase() === lower : name === word || name === asShort,
    );
  });
}

function isKnownFlag(word: string, specs: readonly FlagSpec[]): boolean {
  return FLAG_SHAPE.test(word) && findSpec(word.split('=')[0] as string, specs) !== undefined;
}

export function parseFlags(words: readonly string[], specs: readonly FlagSpec[], ctx: ParseFlagsContext): ParsedFlags {
  const out: ParsedFlags = {
    values: new Map(),
    lists: new Map(),
    switches: new Map(),
    ignored: [],
    positionals: [],
    problems: [],
  };
  const seen = new Set<string>();
  /** The long spellings an unknown flag is compared with, listed once per call. */
  let names: string[] | undefined;
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    i++;
    if (!FLAG_SHAPE.test(word)) {
      out.positionals.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const flagWord = eq >= 0 ? word.slice(0, eq) : word;
    const inline = eq >= 0 ? word.slice(eq + 1) : undefined;
    const spec = findSpec(flagWord, specs);
    if (!spec) {
      names ??= specs.flatMap((s) => [s.name, ...(s.aliases ?? [])]).filter((n) => n.startsWith('--'));
      out.problems.push(
        problem(
          'flag.unknown',
          { flag: flagWord, command: ctx.command, topic: ctx.helpTopic, example: `help ${ctx.helpTopic}` },
          nearestWord(flagWord, names),
        ),
      );
      while (i < words.length && !FLAG_SHAPE.test(words[i] as string)) i++;
      continue;
    }
    if (seen.has(spec.name) && !spec.repeatable) {
      out.problems.push(problem('flag.repeated', { flag: spec.name, example: spec.example ?? '…' }));
    }
    seen.add(spec.name);
    if (spec.ignored) out.ignored.push(spec.name);

    if (spec.arity === 'switch') {
      if (inline !== undefined) {
        const parsed = BOOLEAN_WORDS[inline.toLowerCase()];
        if (parsed === undefined)
          out.problems.push(problem('flag.invalid-boolean', { flag: spec.name, value: inline }));
        else out.switches.set(spec.name, parsed);
      } else {
        out.switches.set(spec.name, true);
      }
      continue;
    }
    if (spec.arity === 'three-state') {
      const candidate = inline ?? words[i];
      const parsed = candidate === undefined ? undefined : BOOLEAN_WORDS[candidate.toLowerCase()];
      if (inline !== undefined && parsed === undefined) {
        out.problems.push(problem('flag.invalid-boolean', { flag: spec.name, value: inline }));
        continue;
      }
      if (inline === undefined && parsed !== undefined) i++;
      out.switches.set(spec.name, parsed ?? true);
      continue;
    }
    if (spec.arity === 'value') {
      let value = inline;
      if (value === undefined && i < words.length && !isKnownFlag(words[i] as string, specs)) {
        value = words[i] as string;
        i++;
      }
      if (value === undefined) {
        out.problems.push(problem('flag.missing-value', { flag: spec.name, example: spec.example ?? '…' }));
        continue;
      }
      out.values.set(spec.name, value);
      continue;
    }
    const group: string[] = inline !== undefined ? [inline] : [];
    while (i < words.length && !FLAG_SHAPE.test(words[i] as string)) {
      group.push(words[i] as string);
      i++;
    }
    if (group.length === 0) {
      out.problems.push(problem('flag.missing-value', { flag: spec.name, example: spec.example ?? '…' }));
      continue;
    }
    const groups = out.lists.get(spec.name) ?? [];
    if (spec.repeatable) groups.push(group);
    else groups.splice(0, groups.length, group);
    out.lists.set(spec.name, groups);
  }
  return out;
}
