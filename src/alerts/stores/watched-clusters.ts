import type { ClusterTarget } from '../../commands/types.ts';
import type { RedisClient } from '../../platform/redis-client.ts';

/**
 * Clusters fluxops watches, by lower-case name: `alerts setup` and `alerts subscribe` add them. The
 * poller lists their fluxConfigurations, and alert buttons use the full target so a click on
 * "reconcile" reaches the right cluster even in a channel with another default.
 */
export class WatchedClusters {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:alerts:clusters`;
  }

  /** True when the cluster was not watched before (the caller then starts its poller). */
  async add(target: ClusterTarget): Promise<boolean> {
    return (await this.redis.hset(this.key, target.clusterName.toLowerCase(), JSON.stringify(target))) === 1;
  }

  async get(cluster: string): Promise<ClusterTarget | undefined> {
    const raw = await this.redis.hget(this.key, cluster.toLowerCase());
    return raw ? (JSON.parse(raw) as ClusterTarget) : undefined;
  }

  async all(): Promise<ClusterTarget[]> {
    return (await this.redis.hvals(this.key)).map((raw) => JSON.parse(raw) as ClusterTarget);
  }
}
