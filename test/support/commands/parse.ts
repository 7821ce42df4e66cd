/** Parsing for parser tests: parseOk, problemsOf, messagesOf, with the tutorial channel context by default. */
import { parseCommand } from '../../../src/commands/parse.ts';
import type { Problem } from '../../../src/commands/problem.ts';
import type { ChannelContext, Command } from '../../../src/commands/types.ts';

export const CONTEXT: ChannelContext = {
  resourceGroup: 'flux-demo-rg',
  clusterName: 'flux-demo-arc',
  clusterType: 'connectedClusters',
  clusterRp: 'Microsoft.Kubernetes',
};

export function parseOk(text: string, context: ChannelContext | null = CONTEXT): Command {
  const result = parseCommand(text, context ? { context } : {});
  if (!result.ok) throw new Error(`expected ${text} to parse, got ${JSON.stringify(result.problems, null, 2)}`);
  return result.command;
}

export function problemsOf(text: string, context: ChannelContext | null = CONTEXT): Problem[] {
  const result = parseCommand(text, context ? { context } : {});
  if (result.ok) throw new Error(`expected ${text} to fail, got ${result.command.display}`);
  return result.problems;
}

export function messagesOf(text: string, context: ChannelContext | null = CONTEXT): string[] {
  return problemsOf(text, context).map((p) => p.message);
}
