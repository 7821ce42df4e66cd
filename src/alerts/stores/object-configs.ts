import type { RedisClient } from '../../platform/redis-client.ts';
import type { FluxEvent } from '../engine/flux-event.ts';
import { objectRef } from '../engine/flux-event.ts';

/**
 * Which fluxConfiguration each Flux object belongs to, as the compliance poller last saw it in
 * `statuses[]`. Webhook events do not say, so the engine looks it up here to show it in the alert.
 */
export class ObjectConfigs {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:alerts:object-config`;
  }

  async remember(entries: Map<string, string>): Promise<void> {
    if (entries.size) await this.redis.hset(this.key, Object.fromEntries(entries));
  }

  async lookup(event: Pick<FluxEvent, 'cluster' | 'kind' | 'namespace' | 'name'>): Promise<string | undefined> {
    return (await this.redis.hget(this.key, objectRef(event).toLowerCase())) ?? undefined;
  }
}
