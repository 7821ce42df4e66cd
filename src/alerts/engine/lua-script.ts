import { createHash } from 'node:crypto';
import type { RedisClient } from '../../platform/redis-client.ts';

/**
 * A Lua script sent by its SHA1 (EVALSHA) and only in full when Redis does not know it yet
 * (first use, or after a restart or SCRIPT FLUSH). EVAL would ship and hash the whole source on
 * every call, hundreds of times a second on the alert path.
 */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: RedisClient, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
