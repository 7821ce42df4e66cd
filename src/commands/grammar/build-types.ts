// What each grammar builder receives and returns. Builders produce a `Draft` (a command without
// `safety` and `display`); `finalize-command.ts` adds those two from the draft, so every command gets
// them the same way.
import type { Problem } from '../problem.ts';
import type { ParseOptions } from '../resolve-target.ts';
import type { Command } from '../types.ts';

export type Draft<C> = C extends Command ? Omit<C, 'safety' | 'display'> : never;
export type CommandDraft = Draft<Command>;

export interface BuildInput {
  /** Words after the command path. */
  words: string[];
  /** Canonical command path as users read it, e.g. `k8s-configuration flux create`. */
  path: string;
  /** Help topic for this command (also where problems point). */
  topic: string;
  options: ParseOptions;
}

export type BuildResult<D = CommandDraft> = { ok: true; draft: D } | { ok: false; problems: Problem[] };

export type Builder = (input: BuildInput) => BuildResult;
