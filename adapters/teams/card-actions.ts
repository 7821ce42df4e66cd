// The data our card buttons carry, and reading it back from an `adaptiveCard/action` invoke
// (Action.Execute) or from a message's `value` (the Action.Submit fallback of older clients).
// The `fluxops` marker keeps us from acting on data another app's card happened to send.

export const DECISION_VERB = 'fluxops.decision';
export const COMMAND_VERB = 'fluxops.command';

export interface DecisionData {
  fluxops: 'decision';
  token: string;
  decision: 'confirm' | 'cancel';
}

interface CommandData {
  fluxops: 'command';
  command: string;
}

export type CardActionData = DecisionData | CommandData;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rules: 1. only objects marked `fluxops` count; 2. a decision needs a string token and
 * confirm|cancel; 3. a command needs non-empty text; 4. anything else is not ours (undefined).
 */
export function readCardAction(value: unknown): CardActionData | undefined {
  if (!isRecord(value)) return undefined;
  if (value.fluxops === 'decision') {
    const { token, decision } = value;
    if (typeof token !== 'string' || token.length === 0 || token.length > 100) return undefined;
    if (decision !== 'confirm' && decision !== 'cancel') return undefined;
    return { fluxops: 'decision', token, decision };
  }
  if (value.fluxops === 'command') {
    const { command } = value;
    if (typeof command !== 'string' || command.trim().length === 0 || command.length > 4000) return undefined;
    return { fluxops: 'command', command };
  }
  return undefined;
}
