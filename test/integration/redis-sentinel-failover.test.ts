import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat } from '../support/console/console-client.ts';
import { type RedisSentinelSet, startRedisSentinel } from '../support/redis-sentinel.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * fluxops on a Sentinel set (one master, one replica, three sentinels, started here) given to it as
 * REDIS_SENTINELS + REDIS_SENTINEL_NAME: three channels send commands one after another while the
 * master fails over to the replica; every command still ends with exactly one final reply, and the
 * commands after the failover run on the new master.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CHANNELS = ['ops-1', 'ops-2', 'ops-3'];
/** Commands each channel sends before the failover starts, and after it completed. */
const BEFORE = 3;
const AFTER = 4;

/** One command's reply lines, failing instead of waiting out the console's 15-minute stream. */
async function chatWithin(app: Fluxops, text: string, channel: string, ms = 30_000) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no final reply to "${text}" in ${channel} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([chat(app.url!, text, 'alice', channel), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('on Redis Sentinel (REDIS_SENTINELS)', () => {
  let sentinel: RedisSentinelSet;
  let app: Fluxops;
  beforeAll(async () => {
    sentinel = await startRedisSentinel();
    app = await startTestApp(
      testConfig({ REDIS_URL: '', REDIS_SENTINELS: sentinel.sentinels, REDIS_SENTINEL_NAME: sentinel.name }),
      { worker: { pollIntervalsMs: [30, 60] } },
    );
  }, 40_000);
  afterAll(async () => {
    await app?.close();
    await sentinel?.stop();
  });

  it('loses no command when the master fails over mid-series', async () => {
    const finals: { channel: string; phase: string; finals: number; status: string; text: string }[] = [];
    let sent = 0;
    let phase: 'before' | 'during' | 'after' = 'before';
    const failedOver = (async () => {
      // Fail over once every channel has its first replies, so commands run before, during and after.
      while (sent < CHANNELS.length * BEFORE) await new Promise((r) => setTimeout(r, 20));
      phase = 'during';
      const result = await sentinel.failover();
      phase = 'after';
      return result;
    })();
    await Promise.all(
      CHANNELS.map(async (channel) => {
        let after = 0;
        while (after < AFTER) {
          const started = phase;
          const lines = await chatWithin(app, `flux list ${ARC}`, channel);
          sent++;
          if (started === 'after') after++;
          const final = lines.filter((line) => line.final);
          finals.push({
            channel,
            phase: started,
            finals: final.length,
            status: final.at(-1)?.reply.status ?? 'none',
            text: final.at(-1)?.reply.text ?? '',
          });
        }
      }),
    );
    const { from, to } = await failedOver;
    expect(to).not.toBe(from);
    expect(await sentinel.masterPort()).toBe(to);
    expect(finals.filter((f) => f.phase === 'during').length).toBeGreaterThan(0);
    expect(finals.filter((f) => f.finals !== 1 || f.status !== 'succeeded')).toEqual([]);
  }, 120_000);
});
