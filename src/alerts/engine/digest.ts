import type { RedisClient } from '../../platform/redis-client.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';
import { localeField } from '../../replies/locale/locale-field.ts';
import type { Reply } from '../../replies/reply.ts';
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
const KEEP_SECONDS = 7 * 24 * 3600;

/**
 * Admission of one new alert to several channels in one atomic command: a channel whose mute key
 * exists is skipped (-1), every other one counts the alert in its window's burst counter. KEYS are
 * the mute keys, then the counters, in the same channel order.
 */
const ADMIT = new LuaScript(`
local n = #KEYS / 2
local counts = {}
for i = 1, n do
  if redis.call('exists', KEYS[i]) == 1 then
    counts[i] = -1
  else
    counts[i] = redis.call('incr', KEYS[n + i])
    redis.call('expire', KEYS[n + i], ARGV[1])
  end
end
return counts`);

/** Where a new alert goes in one channel. */
export type Admission = 'muted' | 'own' | 'digest';

export class DigestStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current minute's window id. */
  window(): number {
    return Math.floor(this.now() / WINDOW_MS);
  }

  /**
   * For each channel (its hash and its mute key for the alert's object): muted, or counted in the
   * current window and then its own message while within ALERT_BURST, a digest line after that.
   */
  async admit(channels: { channelHash: string; muteKey: string }[], window: number): Promise<Admission[]> {
    if (channels.length === 0) return [];
    const counters = channels.map(({ channelHash }) => `${this.prefix}:alerts:burst:${channelHash}:${window}`);
    const keys = [...channels.map(({ muteKey }) => muteKey), ...counters];
    const counts = (await ADMIT.run(this.redis, keys, [120])) as number[];
    return counts.map((count) => (count < 0 ? 'muted' : count > this.burst ? 'digest' : 'own'));
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

function digestKey(channelHash: string, window: number): string {
  return `dg-${channelHash}-${window}`;
}

/** The digest message, in the channel's language. */
export function digestReply(snapshot: DigestSnapshot, burst: number, locale: Locale = 'en'): Reply {
  const open = snapshot.lines.filter((line) => line.state !== 'resolved').length;
  const lines = [...snapshot.lines].sort((a, b) => a.object.localeCompare(b.object));
  return {
    title: t(locale, 'alert.digest.title', { count: snapshot.lines.length, open }),
    status: open > 0 ? 'failed' : 'succeeded',
    text: t(locale, 'alert.digest.text', { burst }),
    // So the adapters draw the chrome (status word, "more in the thread") in the same language.
    ...localeField(locale),
    tables: [
      {
        columns: [
          t(locale, 'alert.field.object'),
          t(locale, 'alert.field.cluster'),
          t(locale, 'alert.field.reason'),
          t(locale, 'alert.digest.columnCount'),
          t(locale, 'alert.digest.columnState'),
        ],
        rows: lines.map((line) => [
          line.object,
          line.cluster,
          line.reason,
          String(line.count),
          t(locale, 'alert.digest.state', { state: line.state }),
        ]),
      },
    ],
  };
}
