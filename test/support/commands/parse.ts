/** Shared helpers for parser tests. */
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

/** base64 of text. */
export const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** GitHub's published ed25519 host key (public data). */
export const KNOWN_HOSTS_LINE =
  'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';

/** A PEM-shaped OpenSSH key block (shape only: the parser checks the envelope, not the key material). */
export const PEM_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----\n';
