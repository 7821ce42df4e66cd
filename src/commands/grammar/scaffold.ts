// The steps every cluster command shares: parse flags, resolve the target, collect warnings for ignored
// az flags, and check positionals.
//
// Rules:
// 1. At most `maxPositionals` bare words are allowed (e.g. `show cluster-config`); the rest are problems.
// 2. The target is resolved only when the command needs one; its problems join the command's.
// 3. Nothing is thrown: the caller decides from `problems` whether a draft is returned.
// 4. No bare word is silently dropped: a kind takes each one it uses (`positional`, `requireName`), and
//    `done` turns every one it did not take into a problem naming it (a name given by flag frees its slot,
//    so `-n cluster-config -k apps path=./x` refuses `path=./x` instead of ignoring it).
import { type CommandWarning, warning } from '../command-warning.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { type ParsedFlags, parseFlags } from '../flags/parse-flags.ts';
import { type Problem, problem } from '../problem.ts';
import type { ProblemPart } from '../problem-part.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ClusterTarget } from '../types.ts';
import type { BuildInput, BuildResult, CommandDraft } from './build-types.ts';

export interface Scaffold {
  flags: ParsedFlags;
  target?: ClusterTarget;
  problems: Problem[];
  warnings: CommandWarning[];
  positionals: string[];
  yes: boolean;
  noWait: boolean;
  /** Indexes into `positionals` the kind used. */
  taken: Set<number>;
  /** The problem for a bare word nobody used. */
  unexpected: (value: string) => Problem;
}

export interface ScaffoldOptions {
  maxPositionals: number;
  /** Describes the positionals in the "unexpected argument" problem, e.g. ` and a configuration name`. */
  positionalText?: ProblemPart;
  example: string;
  needsTarget?: boolean;
}

export function scaffold(input: BuildInput, specs: readonly FlagSpec[], opts: ScaffoldOptions): Scaffold {
  const flags = parseFlags(input.words, specs, { command: input.path, helpTopic: input.topic });
  const problems = [...flags.problems];
  const warnings = flags.ignored.map((flag) => warning('warning.ignored-flag', { flag }));
  const unexpected = (value: string) =>
    problem('argument.unexpected', {
      value,
      command: input.path,
      topic: input.topic,
      positional: opts.positionalText ?? '',
      example: opts.example,
    });
  for (const extra of flags.positionals.slice(opts.maxPositionals)) problems.push(unexpected(extra));
  const result: Scaffold = {
    flags,
    problems,
    warnings,
    positionals: flags.positionals.slice(0, opts.maxPositionals),
    yes: flags.switches.get('--yes') ?? false,
    noWait: flags.switches.get('--no-wait') ?? false,
    taken: new Set(),
    unexpected,
  };
  if (opts.needsTarget !== false) {
    const resolved = resolveTarget(flags, input.options);
    problems.push(...resolved.problems);
    warnings.push(...resolved.warnings);
    if (resolved.target) result.target = resolved.target;
  }
  return result;
}

/** The bare word at `index`, taken (rule 4); undefined when there is none. */
export function positional(s: Scaffold, index: number): string | undefined {
  const value = s.positionals[index];
  if (value !== undefined) s.taken.add(index);
  return value;
}

/** `-n NAME` or the positional at `index` (taken only when the flag is absent); a problem when neither is given. */
export function requireName(s: Scaffold, flag: string, path: string, example: string, index = 0): string | undefined {
  const value = s.flags.values.get(flag) ?? positional(s, index);
  if (value === undefined) s.problems.push(problem('flag.required', { flag, command: path, example }));
  return value;
}

/** The draft, or the problems — including every bare word the kind did not take (rule 4). */
export function done<D extends CommandDraft>(s: Scaffold, draft: () => D): BuildResult<D> {
  s.positionals.forEach((value, index) => {
    if (!s.taken.has(index)) s.problems.push(s.unexpected(value));
  });
  return s.problems.length > 0 ? { ok: false, problems: s.problems } : { ok: true, draft: draft() };
}
