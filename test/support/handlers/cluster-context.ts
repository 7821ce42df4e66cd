import type { HandlerInput } from '../../../jobs/handler.ts';
import type { Command } from '../../../src/commands/types.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import type { TutorialCluster } from '../sandbox/tutorial-cluster.ts';

/** The fields every hand-built command shares in these tests. */
export const base = { safety: 'read-only' as const, yes: false, noWait: false, warnings: [] };

/**
 * The part of a HandlerInput the cluster handlers read (they never touch ARM or the job), with the
 * kube stand-in's real client-node access; progress replies are collected in `progress`. `locale` is
 * the reader's locale tag as a platform reports it (`ja-JP`), kept in the job's data as the worker does.
 */
export function clusterContext<C extends Command>(
  world: TutorialCluster,
  command: C,
  progress: Reply[] = [],
  locale?: string,
): HandlerInput<C> {
  return {
    command,
    data: { locale },
    cluster: world.access,
    settings: { complianceDeadlineMs: 5000 },
    progress: async (reply: Reply) => void progress.push(reply),
  } as unknown as HandlerInput<C>;
}
