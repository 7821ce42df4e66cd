// Pieces of the one-sentence impact summaries the destructive kinds declare (`impact` in their specs),
// shown above Confirm/Cancel at once: no Azure call fits in Slack's 3-second ack. What live state says
// follows as a preview (`src/azure/confirm-impact.ts`), and handlers re-check it before acting.
import { t } from '../replies/catalog/index.ts';
import type { Locale } from '../replies/locale/locale.ts';
import { describeCluster } from '../replies/submit-replies.ts';
import type { ClusterTarget } from './types.ts';

/** ` on flux-demo-arc (connectedClusters, resource group flux-demo-rg)`, or nothing without a target. */
export function onCluster(target: ClusterTarget | undefined, locale: Locale): string {
  return target ? t(locale, 'impact.on-cluster', { cluster: describeCluster(target, locale) }) : '';
}

/** `This change on … <risks>.` — the summary of an update, in the words of the risks it carries. */
export function changeSummary(target: ClusterTarget | undefined, risks: readonly string[], locale: Locale): string {
  const what = risks.length ? risks.join('; ') : t(locale, 'impact.change.default');
  return t(locale, 'impact.change', { where: onCluster(target, locale), what });
}
