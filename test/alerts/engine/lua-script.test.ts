import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LuaScript } from '../../../src/alerts/engine/lua-script.ts';

describe('LuaScript', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  });
  afterAll(() => redis.disconnect());

  it('runs a script Redis has never seen (sending it once), then by its SHA1', async () => {
    // A unique comment makes a script this Redis cannot know yet, without flushing anyone's scripts.
    const source = `-- ${randomBytes(8).toString('hex')}\nreturn {KEYS[1], ARGV[1], ARGV[2]}`;
    const sha = createHash('sha1').update(source).digest('hex');
    const script = new LuaScript(source);
    expect(await redis.script('EXISTS', sha)).toEqual([0]);
    expect(await script.run(redis, ['k'], ['a', 2])).toEqual(['k', 'a', '2']);
    expect(await redis.script('EXISTS', sha)).toEqual([1]);
    expect(await script.run(redis, ['k2'], ['b', 3])).toEqual(['k2', 'b', '3']);
  });

  it('passes other script errors through', async () => {
    await expect(new LuaScript("return redis.call('nosuchcommand')").run(redis, [], [])).rejects.toThrow(/Unknown/i);
  });
});
