import type { Redis } from 'ioredis';
import type { Reply } from '../replies/reply.ts';
import { LuaScript } from './lua-script.ts';

/**
 * Burst control per channel: the first ALERT_BURST new alerts of a minute get their own messages;
 * the rest of that minute collapse into one digest message that is updated as alerts arrive, change
 * or recover. The next minute starts with per-object alerts again.
 */
export interface DigestLine {
  object: string;
  cluster: string;
  reason: string;
  count: number;
  state: 'failing' | 'drifted' | 'resolved';
}

export interface DigestSnapshot {
  key: string;
  seq: number;
  lines: DigestLine[];
}

const WINDOW_MS = 60_000;

/** INCR and EXPIRE of a window's counter as one command: it runs for every routed channel of every new alert. */
const COUNT_IN_WINDOW = new LuaScript(`
local count = redis.call('incr', KEYS[1])
redis.call('expire', KEYS[1], ARGV[1])
return count`);
const KEEP_SECONDS = 7 * 24 * 3600;

export class DigestStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current minute's window id. */
  window(): number {
    return Math.floor(this.now() / WINDOW_MS);
  }

  /** Counts one new alert for the channel; true when it must go into the digest. */
  async overBurst(channelHash: string, window: number): Promise<boolean> {
    const key = `${this.prefix}:alerts:burst:${channelHash}:${window}`;
    const count = Number(await COUNT_IN_WINDOW.run(this.redis, [key], [120]));
    return count > this.burst;
  }

  /** Records (or updates) one incident's line and returns everything the digest message shows. */
  async upsert(channelHash: string, window: number, incidentId: string, line: DigestLine): Promise<DigestSnapshot> {
    const base = `${this.prefix}:alerts:digest:${channelHash}:${window}`;
    const result = (await this.redis
      .multi()
      .hset(`${base}:lines`, incidentId, JSON.stringify(line))
      .expire(`${base}:lines`, KEEP_SECONDS)
      .incr(`${base}:seq`)
      .expire(`${base}:seq`, KEEP_SECONDS)
      .hvals(`${base}:lines`)
      .exec()) as [null, unknown][];
    const seq = Number(result[2]?.[1]);
    const lines = ((result[4]?.[1] ?? []) as string[]).map((raw) => JSON.parse(raw) as DigestLine);
    return { key: digestKey(channelHash, window), seq, lines };
  }
}

export function digestKey(channelHash: string, window: number): string {
  return `dg-${channelHash}-${window}`;
}

export function digestReply(snapshot: DigestSnapshot, burst: number): Reply {
  const open = snapshot.lines.filter((line) => line.state !== 'resolved').length;
  const lines = [...snapshot.lines].sort((a, b) => a.object.localeCompare(b.object));
  return {
    title: `Flux alert digest: ${snapshot.lines.length} alerts (${open} still open)`,
    status: open > 0 ? 'failed' : 'succeeded',
    text: `More than ${burst} alerts reached this channel within a minute, so the rest of that minute is collected here and this message is updated. Per-object alerts resume next minute.`,
    tables: [
      {
        columns: ['Object', 'Cluster', 'Reason', 'Count', 'State'],
        rows: lines.map((line) => [line.object, line.cluster, line.reason, String(line.count), line.state]),
      },
    ],
  };
}
