// The steps every cluster command shares: parse flags, resolve the target, collect warnings for ignored
// az flags, and check positionals.
//
// Rules:
// 1. At most `maxPositionals` bare words are allowed (e.g. `show cluster-config`); the rest are problems.
// 2. The target is resolved only when the command needs one; its problems join the command's.
// 3. Nothing is thrown: the caller decides from `problems` whether a draft is returned.
import { translate } from '../../replies/catalog/index.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { type ParsedFlags, parseFlags } from '../flags/parse-flags.ts';
import { type Problem, problem } from '../problem.ts';
import { resolveTarget } from '../resolve-target.ts';
import type { ClusterTarget } from '../types.ts';
import type { BuildInput, BuildResult, CommandDraft } from './build-types.ts';

export interface Scaffold {
  flags: ParsedFlags;
  target?: ClusterTarget;
  problems: Problem[];
  warnings: string[];
  positionals: string[];
  yes: boolean;
  noWait: boolean;
}

export interface ScaffoldOptions {
  maxPositionals: number;
  /** Describes the positionals in the "unexpected argument" problem, e.g. ` and a configuration name`. */
  positionalText?: string;
  example: string;
  needsTarget?: boolean;
}

export function scaffold(input: BuildInput, specs: readonly FlagSpec[], opts: ScaffoldOptions): Scaffold {
  const flags = parseFlags(input.words, specs, { command: input.path, helpTopic: input.topic });
  const problems = [...flags.problems];
  const warnings = flags.ignored.map((flag) => translate('warning.ignored-flag', { flag }));
  for (const extra of flags.positionals.slice(opts.maxPositionals)) {
    problems.push(
      problem('argument.unexpected', {
        value: extra,
        command: input.path,
        topic: input.topic,
        positional: opts.positionalText ?? '',
        example: opts.example,
      }),
    );
  }
  const result: Scaffold = {
    flags,
    problems,
    warnings,
    positionals: flags.positionals.slice(0, opts.maxPositionals),
    yes: flags.switches.get('--yes') ?? false,
    noWait: flags.switches.get('--no-wait') ?? false,
  };
  if (opts.needsTarget !== false) {
    const resolved = resolveTarget(flags, input.options);
    problems.push(...resolved.problems);
    warnings.push(...resolved.warnings);
    if (resolved.target) result.target = resolved.target;
  }
  return result;
}

/** `-n NAME` or the first positional; a problem when neither is given. */
export function requireName(s: Scaffold, flag: string, path: string, example: string, index = 0): string | undefined {
  const value = s.flags.values.get(flag) ?? s.positionals[index];
  if (value === undefined) s.problems.push(problem('flag.required', { flag, command: path, example }));
  return value;
}

export function done<D extends CommandDraft>(s: Scaffold, draft: () => D): BuildResult<D> {
  return s.problems.length > 0 ? { ok: false, problems: s.problems } : { ok: true, draft: draft() };
}
