import type { RedisClient } from '../../platform/redis-client.ts';
import type { Track } from '../engine/classify-event.ts';
import { LuaScript } from '../engine/lua-script.ts';
import type { TrackState } from '../engine/transition.ts';

/**
 * Per object and track, the transition state in Redis, written with compare-and-set on a version so
 * concurrent event jobs for the same object never lose an update (a shared ioredis connection
 * cannot use WATCH safely, a short Lua script can).
 */
const COMPARE_AND_SET = new LuaScript(`
local current = redis.call('hget', KEYS[1], 'v') or '0'
if current ~= ARGV[1] then return 0 end
redis.call('hset', KEYS[1], 'v', ARGV[2], 'state', ARGV[3])
redis.call('expire', KEYS[1], ARGV[4])
redis.call('sadd', KEYS[2], ARGV[5])
redis.call('expire', KEYS[2], ARGV[4])
return 1`);

/** State, version and "fingerprint seen" in one atomic command (a MULTI costs four). */
const READ = new LuaScript(`
local fields = redis.call('hmget', KEYS[1], 'v', 'state')
return {fields[1], fields[2], redis.call('sismember', KEYS[2], ARGV[1])}`);

/** Resolved objects are remembered this long, so a late replay of old events stays silent. */
const KEEP_SECONDS = 30 * 24 * 3600;

export interface VersionedTrackState {
  version: number;
  state?: TrackState;
  /** The event's fingerprint was already applied (kept with the state, committed in the same script). */
  seen: boolean;
}

export class TrackStateStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  private key(objectHash: string, track: Track): string {
    return `${this.prefix}:alerts:obj:${objectHash}:${track}`;
  }

  async read(objectHash: string, track: Track, fingerprint: string): Promise<VersionedTrackState> {
    const key = this.key(objectHash, track);
    const [version, state, member] = (await READ.run(this.redis, [key, `${key}:seen`], [fingerprint])) as [
      string | null,
      string | null,
      number,
    ];
    return {
      version: Number(version ?? 0),
      state: state ? (JSON.parse(state) as TrackState) : undefined,
      seen: member === 1,
    };
  }

  /** False when someone else wrote first; the caller re-reads and re-applies. */
  async write(
    objectHash: string,
    track: Track,
    expectedVersion: number,
    state: TrackState,
    fingerprint: string,
  ): Promise<boolean> {
    const key = this.key(objectHash, track);
    const written = await COMPARE_AND_SET.run(
      this.redis,
      [key, `${key}:seen`],
      [String(expectedVersion), String(expectedVersion + 1), JSON.stringify(state), String(KEEP_SECONDS), fingerprint],
    );
    return written === 1;
  }
}
