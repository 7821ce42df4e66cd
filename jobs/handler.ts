import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { Job } from 'bullmq';
import type { AlertsDeps } from '../src/alerts/stores/alerts-deps.ts';
import type { ClusterPort } from '../src/cluster/access/cluster-port.ts';
import type { Command } from '../src/commands/types.ts';
import type { Logger } from '../src/platform/logger.ts';
import type { Reply } from '../src/replies/reply.ts';
import type { CommandJobData } from '../src/submit/queue-port.ts';

/**
 * What every job handler receives. Handlers never import a chat SDK: they report progress and
 * return the final platform-neutral Reply.
 */
export interface HandlerContext<C extends Command = Command> {
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
  /** Subscriptions, mutes, webhook keys and watched clusters for the `alerts *` handlers. */
  alerts?: AlertsDeps;
}

export type Handler<C extends Command = Command> = (ctx: HandlerContext<C>) => Promise<Reply>;
