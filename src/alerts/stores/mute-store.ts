import type { RedisClient } from '../../platform/redis-client.ts';

/**
 * `alerts mute <kind>/<name> <duration>`, per channel: a key that expires on its own, so nothing has
 * to remember to unmute. The object name matches in any namespace and cluster, as typed.
 */
export class MuteStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  /** The key whose existence mutes `kind/name` in `channel` (routing checks it in the same script as the burst count). */
  keyFor(channel: string, kind: string, name: string): string {
    return `${this.prefix}:alerts:mute:${channel}:${kind.toLowerCase()}/${name.toLowerCase()}`;
  }

  async mute(channel: string, kind: string, name: string, seconds: number, by: string): Promise<string> {
    const until = new Date(Date.now() + seconds * 1000).toISOString();
    await this.redis.set(this.keyFor(channel, kind, name), JSON.stringify({ by, until }), 'EX', seconds);
    return until;
  }
}
