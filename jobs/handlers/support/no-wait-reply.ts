import type { ArmWriteResult } from '../../../src/azure/arm-write.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { t } from '../../../src/replies/catalog/index.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import { describeCluster } from '../../../src/replies/submit-replies.ts';
import type { ProgressLog } from './progress-log.ts';

// The final reply of a write sent with `--no-wait` (docs/upstream.md §1.1: az returns once ARM accepted).
// fluxops does the same: it says the operation was accepted, that it is not following it (so this
// message will not say how it ends, nor follow compliance), and the command that shows the outcome.

/** `-g … -c … -t …` (and the subscription when one was named) so the check command hits the same cluster. */
export function targetFlags(target: ClusterTarget): string {
  const rp = target.clusterType === 'provisionedClusters' ? ` --cluster-resource-provider ${target.clusterRp}` : '';
  const subscription = target.subscriptionId ? ` --subscription ${target.subscriptionId}` : '';
  return `-g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}${rp}${subscription}`;
}

export interface NoWaitOutcome {
  /** What was asked, in the reader's language, e.g. "Deleting flux configuration cluster-config". */
  what: string;
  /** The command that shows the result, e.g. `flux show -n cluster-config -g … -c … -t …`. */
  check: string;
  target: ClusterTarget;
}

export function noWaitReply(log: ProgressLog, result: ArmWriteResult, outcome: NoWaitOutcome): Reply {
  const operation = result.operation;
  const { locale } = log;
  const { what, check } = outcome;
  const text = operation
    ? t(locale, 'handler.noWait.accepted', { what, operation: operation.operationId, check })
    : t(locale, 'handler.noWait.atOnce', { what, statusCode: String(result.statusCode ?? 200), check });
  return log.reply('info', {
    text,
    fields: [
      ...(operation ? [{ label: t(locale, 'handler.field.operation'), value: operation.operationId }] : []),
      { label: t(locale, 'handler.field.checkWith'), value: check },
    ],
    provenance: { cluster: describeCluster(outcome.target, locale) },
  });
}
