// Adds the derived `safety` and `display` to a builder's draft.
import type { CommandDraft } from './grammar/build-types.ts';
import { classifySafety, renderDisplay } from './kinds/index.ts';
import type { Command } from './types.ts';

export function finalizeCommand(draft: CommandDraft, shortForm?: string): Command {
  const command: Command = { ...draft, safety: classifySafety(draft), display: renderDisplay(draft) };
  if (shortForm !== undefined) command.shortForm = shortForm;
  return command;
}
