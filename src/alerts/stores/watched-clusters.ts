import type { ClusterTarget } from '../../commands/types.ts';
import type { RedisClient } from '../../platform/redis-client.ts';

/** What `add` did: watched (new or already), or refused because another cluster has that name. */
export type WatchOutcome = { watched: true } | { watched: false; other: ClusterTarget };

/** One cluster: resource group, type and name (case-insensitive), and the subscription when both name one. */
function sameCluster(a: ClusterTarget, b: ClusterTarget): boolean {
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  return (
    same(a.resourceGroup, b.resourceGroup) &&
    same(a.clusterType, b.clusterType) &&
    same(a.clusterName, b.clusterName) &&
    (a.subscriptionId === undefined || b.subscriptionId === undefined || same(a.subscriptionId, b.subscriptionId))
  );
}

/**
 * Clusters fluxops watches, by lower-case name: `alerts setup` and `alerts subscribe` add them. The
 * poller lists their fluxConfigurations, and alert buttons use the full target so a click on
 * "reconcile" reaches the right cluster even in a channel with another default.
 *
 * Alert events name their cluster by name alone, so one name is one watched cluster: a second
 * cluster of the same name (another resource group or subscription) is refused rather than let it
 * replace the first, which would stop the first one's polling and point its alerts' buttons at the
 * second.
 */
export class WatchedClusters {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:alerts:clusters`;
  }

  /** Watches `target` unless another cluster of that name is watched (HSETNX: of two at once, one wins). */
  async add(target: ClusterTarget): Promise<WatchOutcome> {
    const name = target.clusterName.toLowerCase();
    if ((await this.redis.hsetnx(this.key, name, JSON.stringify(target))) === 1) return { watched: true };
    const current = await this.get(name);
    if (current && !sameCluster(current, target)) return { watched: false, other: current };
    // The same cluster again: keep the newest target (a subscription id given this time, say).
    await this.redis.hset(this.key, name, JSON.stringify(target));
    return { watched: true };
  }

  async get(cluster: string): Promise<ClusterTarget | undefined> {
    const raw = await this.redis.hget(this.key, cluster.toLowerCase());
    return raw ? (JSON.parse(raw) as ClusterTarget) : undefined;
  }

  async all(): Promise<ClusterTarget[]> {
    return (await this.redis.hvals(this.key)).map((raw) => JSON.parse(raw) as ClusterTarget);
  }
}
