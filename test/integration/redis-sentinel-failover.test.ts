import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMessage } from '../../adapters/console/console-client.ts';
import type { ConsoleLine } from '../../adapters/console/console-protocol.ts';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { createConnection } from '../../jobs/connection.ts';
import { COMMAND_QUEUE } from '../../jobs/queue-names.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { type RedisSentinelSet, startRedisSentinel } from '../support/redis-sentinel.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';

/**
 * fluxops on a Sentinel set (one master, one replica, three sentinels, started here) given to it as
 * REDIS_SENTINELS + REDIS_SENTINEL_NAME: three channels send commands one after another while the
 * master fails over to the replica. No command is lost: each ends with a final reply — its result,
 * or, while the connection moves to the new master, the refusal saying nothing was queued — every
 * queued command's job is on the new master, and the commands after the failover run there.
 * (A job a worker ran on the deposed master in the moment before the sentinels moved it may run
 * again on the new one: asynchronous replication; the README says so.)
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const CHANNELS = ['ops-1', 'ops-2', 'ops-3'];
/** Commands each channel sends before the failover starts, and after it completed. */
const BEFORE = 3;
const AFTER = 4;

type ReplyLine = Extract<ConsoleLine, { type: 'reply' }>;

/**
 * One command's reply lines; fails instead of waiting out the console's 15-minute stream, naming the
 * job and the state BullMQ holds for it, so a lost job and a lost reply are told apart.
 */
async function chatWithin(app: Fluxops, text: string, channel: string, ms = 30_000): Promise<ReplyLine[]> {
  const lines: ReplyLine[] = [];
  const read = (async () => {
    for await (const line of sendMessage({ baseUrl: app.url! }, { user: 'alice', channel, text })) {
      if (line.type === 'reply') lines.push(line);
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    if ((await Promise.race([read, timeout])) !== 'timeout') return lines;
  } finally {
    clearTimeout(timer);
  }
  const jobId = lines[0]?.reply.provenance?.jobId;
  const queue = new Queue(COMMAND_QUEUE, {
    connection: createConnection(app.redis, 'worker', createLogger('silent')),
    prefix: app.config.queuePrefix,
  });
  const state = jobId ? await queue.getJobState(jobId) : 'no job';
  await queue.close();
  throw new Error(
    `no final reply to "${text}" in ${channel} within ${ms} ms: job ${jobId} is ${state}; lines ${JSON.stringify(lines.map((l) => l.reply.status))}`,
  );
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
    const finals: { channel: string; phase: string; finals: number; status: string; text: string; job?: string }[] = [];
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
            job: lines[0]?.reply.status === 'queued' ? lines[0].reply.provenance?.jobId : undefined,
          });
        }
      }),
    );
    const { from, to } = await failedOver;
    expect(to).not.toBe(from);
    expect(await sentinel.masterPort()).toBe(to);
    expect(finals.filter((f) => f.phase === 'during').length).toBeGreaterThan(0);
    expect(finals.filter((f) => f.finals === 0)).toEqual([]);
    const refused = finals.filter((f) => f.status !== 'succeeded');
    expect(refused.filter((f) => f.job || !/was not queued and nothing changed/.test(f.text))).toEqual([]);
    expect(finals.filter((f) => f.phase === 'after' && f.status !== 'succeeded')).toEqual([]);
    // Every queued command's job is on the new master: none vanished with the old one.
    const queue = new Queue(COMMAND_QUEUE, {
      connection: createConnection(app.redis, 'worker', createLogger('silent')),
      prefix: app.config.queuePrefix,
    });
    const states = await Promise.all(finals.flatMap((f) => (f.job ? [queue.getJobState(f.job)] : [])));
    await queue.close();
    expect(states.filter((state) => state !== 'completed' && state !== 'active')).toEqual([]);
    expect(states.length).toBeGreaterThanOrEqual(CHANNELS.length * (BEFORE + AFTER));
  }, 120_000);
});
