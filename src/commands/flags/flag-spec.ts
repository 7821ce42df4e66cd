/**
 * How a command declares its flags. One table per command (see `flags/*-flags.ts`) drives parsing,
 * typo suggestions and `help <command>`.
 */
type FlagArity =
  /** `--name value` or `--name=value`. */
  | 'value'
  /** `--config a=1 b=2` (all words up to the next flag); with `repeatable`, each occurrence is a group. */
  | 'values'
  /** `--yes`: present or not. */
  | 'switch'
  /** az's three-state flags: `--suspend` alone is true, `--suspend false` is false, absent is undefined. */
  | 'three-state';

export interface FlagSpec {
  /** Canonical long spelling, e.g. `--resource-group`. */
  name: string;
  aliases?: readonly string[];
  arity: FlagArity;
  repeatable?: boolean;
  /** Values are wrapped in SecretValue and never displayed. */
  secret?: boolean;
  /** az prints differently with it; fluxops accepts and ignores it with a warning. */
  ignored?: boolean;
  /** Example value used in help and in problem examples. */
  example?: string;
  /** Default shown in help (create defaults; update sends nothing unless given). */
  defaultText?: string;
  /** One-line help text. */
  help: string;
}
