import type { RedisClient } from '../../platform/redis-client.ts';
import type { Track } from '../engine/classify-event.ts';
import type { FluxEvent } from '../engine/flux-event.ts';

// Events that arrived older than their object's newest state (transition.ts rule 2c): they cannot
// change the state, but they are never dropped silently. A capped Redis stream keeps them, and
// `alerts list --history` shows the newest ones.

export interface LateEvent {
  /** When fluxops recorded it. */
  at: string;
  cluster: string;
  kind: string;
  namespace: string;
  name: string;
  track: Track;
  severity: string;
  reason: string;
  /** The event's own time, and the newer state it lost against. */
  time: string;
  newest: string;
  source: string;
  message: string;
}

const MAX_ENTRIES = 10_000;
const MAX_MESSAGE = 300;

export class LateEvents {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private get key(): string {
    return `${this.prefix}:alerts:late`;
  }

  async record(event: FluxEvent, track: Track, newest: string): Promise<void> {
    const entry: Omit<LateEvent, 'at'> = {
      cluster: event.cluster,
      kind: event.kind,
      namespace: event.namespace,
      name: event.name,
      track,
      severity: event.severity,
      reason: event.reason,
      time: event.time,
      newest,
      source: event.source,
      message: event.message.slice(0, MAX_MESSAGE),
    };
    const fields = Object.entries({ at: new Date().toISOString(), ...entry }).flat();
    await this.redis.xadd(this.key, 'MAXLEN', '~', MAX_ENTRIES, '*', ...fields);
  }

  /** Newest first, at most `limit`, optionally of one cluster only. */
  async recent(limit: number, cluster?: string): Promise<LateEvent[]> {
    const rows = await this.redis.xrevrange(this.key, '+', '-', 'COUNT', cluster ? limit * 20 : limit);
    const out: LateEvent[] = [];
    for (const [, flat] of rows) {
      const entry = Object.fromEntries(
        flat.flatMap((value, index) => (index % 2 === 0 ? [[value, flat[index + 1]]] : [])),
      ) as unknown as LateEvent;
      if (cluster && entry.cluster !== cluster) continue;
      out.push(entry);
      if (out.length >= limit) break;
    }
    return out;
  }
}
