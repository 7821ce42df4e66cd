/**
 * The redacted canonical text of a command (`Command.display`), used in replies, logs and audit.
 * Built from the typed command, not from what was typed, so secrets can only appear as `••••` and a short
 * form and its long form display the same.
 */
import type { CommandDraft } from '../grammar/build-types.ts';
import { botDisplayWords } from './display-bot.ts';
import { extensionDisplayWords } from './display-extension.ts';
import { fluxDisplayWords } from './display-flux.ts';
import { joinWords } from './display-words.ts';

export function renderDisplay(draft: CommandDraft): string {
  const words = fluxDisplayWords(draft) ?? extensionDisplayWords(draft) ?? botDisplayWords(draft) ?? [draft.kind];
  return joinWords(words);
}
