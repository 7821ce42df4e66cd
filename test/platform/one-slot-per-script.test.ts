import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { TEST_SECRET_KEY } from '../support/alerts/alerts-app.ts';
import { keySlot } from '../support/key-slot.ts';
import { type PrivateRedis, startPrivateRedis } from '../support/private-redis.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { runTutorialTour } from '../support/tours/tutorial-tour.ts';
import { runWebhookAlertTour } from '../support/tours/webhook-alert-tour.ts';

/**
 * Redis Cluster runs a script, a transaction or a multi-key command only when all its keys share one
 * hash slot. This test watches, with MONITOR on a private redis-server, every command fluxops sends
 * while the README tour and the Flux webhook's alert flow run (BullMQ's scripts, the alert engine's
 * Lua, the stores' MULTI blocks), and computes the slot of each key they name.
 */
const MULTI_KEY = new Set(['del', 'unlink', 'exists', 'mget', 'touch', 'sunion', 'sinter', 'sdiff', 'watch']);

interface Sent {
  what: string;
  keys: string[];
}

/** The keys one command names: EVAL/EVALSHA's declared keys, every argument of a multi-key command, else the first. */
function keysOf(args: string[]): string[] {
  const name = (args[0] ?? '').toLowerCase();
  if (name === 'eval' || name === 'evalsha') return args.slice(3, 3 + Number(args[2]));
  if (MULTI_KEY.has(name)) return args.slice(1);
  if (name === 'mset' || name === 'msetnx') return args.slice(1).filter((_, i) => i % 2 === 0);
  if (name === 'rename' || name === 'renamenx' || name === 'smove' || name === 'lmove' || name === 'rpoplpush')
    return args.slice(1, 3);
  return args.slice(1, 2);
}

describe('one hash slot per script, transaction and multi-key command', () => {
  let redis: PrivateRedis;
  let app: Fluxops;
  let monitor: Redis;
  const sent: Sent[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
    const open = new Map<string, Sent>();
    monitor = await new Redis(redis.url).monitor();
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source === 'lua') return; // inside a script: its declared keys are checked at EVAL.
      const name = (args[0] ?? '').toLowerCase();
      if (name === 'multi') return void open.set(source, { what: 'MULTI', keys: [] });
      const block = open.get(source);
      if (name === 'exec' || name === 'discard') {
        if (block) sent.push(block);
        return void open.delete(source);
      }
      if (block) {
        block.what += ` ${name}`;
        block.keys.push(...keysOf(args));
      } else if (name === 'eval' || name === 'evalsha' || MULTI_KEY.has(name) || name === 'mset' || name === 'msetnx') {
        sent.push({ what: name, keys: keysOf(args) });
      }
    });
    app = await startTestApp(testConfig({ REDIS_URL: redis.url, FLUXOPS_SECRET_KEY: TEST_SECRET_KEY }), {
      worker: { pollIntervalsMs: [30, 60] },
    });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    monitor?.disconnect();
    await redis?.stop();
  });

  it('computes slots as Redis Cluster does', () => {
    expect(keySlot('foo')).toBe(12182);
    expect(keySlot('123456789')).toBe(12739);
    expect(keySlot('{fluxops}:alerts:subs')).toBe(keySlot('{fluxops}:bull:commands:id'));
    expect(keySlot('fluxops:alerts:subs')).not.toBe(keySlot('fluxops:bull:commands:id'));
  });

  it('sends every script, MULTI block and multi-key command with its keys in one slot', async () => {
    await runTutorialTour(app);
    await runWebhookAlertTour(app, TEST_SECRET_KEY);
    const scripts = sent.filter((s) => s.what.startsWith('eval'));
    const blocks = sent.filter((s) => s.what.startsWith('MULTI'));
    // The alert engine's own Lua and the stores' transactions ran, besides BullMQ's scripts.
    expect(scripts.length).toBeGreaterThan(50);
    expect(scripts.some((s) => s.keys.some((key) => key.includes(':alerts:obj:')))).toBe(true);
    expect(scripts.some((s) => s.keys.some((key) => key.includes(':alerts:burst:')))).toBe(true);
    expect(blocks.length).toBeGreaterThan(0);
    const crossSlot = sent.filter((s) => new Set(s.keys.map(keySlot)).size > 1);
    expect(crossSlot).toEqual([]);
    // Every key of them is under the queue prefix, whose hash tag makes that one slot.
    const outside = sent.flatMap((s) => s.keys).filter((key) => !key.startsWith(app.config.queuePrefix));
    expect(outside).toEqual([]);
  }, 90_000);
});
