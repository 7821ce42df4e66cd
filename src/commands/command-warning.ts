// A warning on a command that is otherwise valid (a documentation placeholder left in, an az flag that
// only changes the CLI's output): kept as a catalog key and its values, not as English, so the reply
// says it in the reader's language (src/replies/warning-lines.ts).
import type { MessageKey } from '../replies/catalog/en/index.ts';

/** The catalog keys a warning may name (`src/replies/catalog/en/warnings.ts`, all but the problem frame). */
export type WarningKey = Exclude<Extract<MessageKey, `warning.${string}`>, 'warning.format.title'>;

export interface CommandWarning {
  key: WarningKey;
  values?: Readonly<Record<string, string>>;
}

export function warning(key: WarningKey, values?: Readonly<Record<string, string>>): CommandWarning {
  return values === undefined ? { key } : { key, values };
}
