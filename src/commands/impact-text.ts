// Pieces of the one-sentence impact summaries the destructive kinds declare (`impact` in their specs),
// shown above Confirm/Cancel at once: no Azure call fits in Slack's 3-second ack. What live state says
// follows as a preview (`src/azure/confirm-impact.ts`), and handlers re-check it before acting.
import { describeCluster } from '../replies/submit-replies.ts';
import type { ClusterTarget } from './types.ts';

/** ` on flux-demo-arc (connectedClusters, resource group flux-demo-rg)`, or nothing without a target. */
export function onCluster(target: ClusterTarget | undefined): string {
  return target ? ` on ${describeCluster(target)}` : '';
}

/** `This change on … <risks>.` — the summary of an update, in the words of the risks it carries. */
export function changeSummary(target: ClusterTarget | undefined, risks: readonly string[]): string {
  const what = risks.length ? risks.join('; ') : 'can remove workloads or stop deployments';
  return `This change${onCluster(target)} ${what}.`;
}
