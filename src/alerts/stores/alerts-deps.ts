import type { ClusterTarget } from '../../commands/types.ts';
import type { LateEvents } from './late-events.ts';
import type { MuteStore } from './mute-store.ts';
import type { SubscriptionStore } from './subscription-store.ts';
import type { WatchedClusters, WatchOutcome } from './watched-clusters.ts';
import type { WebhookKeys } from './webhook-keys.ts';

/** What the `alerts *` command handlers need; the composition root builds it, the command worker passes it on. */
export interface AlertsDeps {
  subscriptions: SubscriptionStore;
  mutes: MuteStore;
  keys: WebhookKeys;
  clusters: WatchedClusters;
  /** Events older than their object's state, for `alerts list --history`. */
  late: LateEvents;
  /** FLUXOPS_PUBLIC_URL: where Flux reaches the webhook. */
  publicUrl?: string;
  /** COMPLIANCE_POLL_INTERVAL in milliseconds: how often the compliance poller reads Azure (`alerts setup` says it). */
  compliancePollIntervalMs: number;
  /**
   * Adds the cluster to the watched set and (idempotently) starts its compliance poller; refused when
   * another cluster of that name is watched (see watched-clusters.ts).
   */
  watch(target: ClusterTarget): Promise<WatchOutcome>;
}
