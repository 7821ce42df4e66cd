import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { Job } from 'bullmq';
import type { AlertsDeps } from '../src/alerts/stores/alerts-deps.ts';
import type { ClusterPort } from '../src/cluster/access/cluster-port.ts';
import type { JobKind } from '../src/commands/kinds/index.ts';
import type { Command, CommandOfKind } from '../src/commands/types.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { Reply } from '../src/replies/reply.ts';
import type { CommandJobData } from '../src/submit/queue-port.ts';

/**
 * What every job handler receives. Handlers never import a chat SDK: they report progress and
 * return the final platform-neutral Reply.
 */
export interface HandlerInput<C extends Command = Command> {
  command: C;
  data: CommandJobData;
  job: Job<CommandJobData>;
  arm: SourceControlConfigurationClient;
  /** Kube API access for status/reconcile/suspend/resume/events/logs; absent = those commands say so. */
  cluster?: ClusterPort;
  logger: Logger;
  settings: { complianceDeadlineMs: number; pollIntervalsMs?: number[] };
  /** Posts an intermediate state; the adapter updates the command's one message in place. */
  progress(reply: Reply): Promise<void>;
  /**
   * Sends a reply to the requester alone (Slack direct message, Teams 1:1 chat, the console's own
   * stream), never to the channel; it is always treated as sensitive. The final reply should say
   * so (`sentPrivately`).
   */
  privately(reply: Reply): Promise<void>;
  /** Subscriptions, mutes, webhook keys and watched clusters for the `alerts *` handlers. */
  alerts?: AlertsDeps;
}

export type Handler<C extends Command = Command> = (ctx: HandlerInput<C>) => Promise<Reply>;

/** A handler for every job kind, each typed for its own command. */
export type HandlerRegistry = { readonly [K in JobKind]: Handler<CommandOfKind<K>> };

/** Some job kinds' handlers (a worker in a test may run only one). */
export type HandlerMap = { readonly [K in JobKind]?: Handler<CommandOfKind<K>> };

/** What the worker gives a handler besides the command. */
export type HandlerRun = (ctx: Omit<HandlerInput, 'command'>) => Promise<Reply>;

/**
 * The handler for `kind`, bound to `command` (of that kind); undefined when the map has none. Looked up as
 * `handlers[command.kind]`, the handler would be a union TypeScript cannot call with the (equally union)
 * command, since it does not see that both come from one kind; the type parameter `K` ties them, here
 * and nowhere else, so no cast is needed.
 */
export function runnerFor<K extends JobKind>(
  handlers: HandlerMap,
  kind: K,
  command: CommandOfKind<K>,
): HandlerRun | undefined {
  const handler = handlers[kind];
  return handler && ((ctx) => handler({ ...ctx, command }));
}
