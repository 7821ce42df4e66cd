import type { Command } from '../../../src/commands/types.ts';

/**
 * Commands submit() answers itself instead of queuing a job: help, the chat-side state commands,
 * and destructive commands that first need a Confirm. For these the ack waits for submit() so it
 * can carry the real answer (help text, confirmation prompt). Everything else becomes a job, so
 * the ack says "queued" at once and submit() runs after it. Should submit() learn a new kind of
 * direct answer, a command missing here still works: the user gets the "queued" note and then the
 * answer through response_url.
 */
const ANSWERED_KINDS = new Set<string>(['help', 'context', 'use', 'audit', 'jobs']);

export function answersAtOnce(command: Command): boolean {
  if (ANSWERED_KINDS.has(command.kind)) return true;
  return command.safety === 'destructive' && !command.yes;
}
