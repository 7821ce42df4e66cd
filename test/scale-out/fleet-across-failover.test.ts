import { describe, expect, it } from 'vitest';
import { runKillLoad } from '../support/scale-out/kill-load.ts';
import { sentinelScaleOutRedis } from '../support/scale-out/sentinel-redis.ts';

/**
 * The fault run of fleet-under-kills.test.ts on a Sentinel set (1 master, 1 replica, 3 sentinels,
 * started here, given to every process as REDIS_SENTINELS + REDIS_SENTINEL_NAME): the standalone
 * sandbox, 2 web and 3 worker processes; 18 commands (6 creates) and 200 signed webhook events while
 * the busiest worker is SIGKILLed every 10 s and the master fails over to the replica once, 12 s in.
 * A command Redis could not take in the moment the connection moved is answered "not queued, nothing
 * changed" and sent again, as that reply asks; a webhook post answered 503 is retried, as
 * notification-controller does. Then every command has its final reply, every configuration was PUT
 * exactly once, and nothing was lost: every incident was alerted and recovered, once.
 *
 * Not exactly one final reply: Redis replicates asynchronously, so a job a worker finished on the
 * deposed master in the moment before the sentinels moved it is, on the new master, still to run; it
 * runs again and posts its final reply a second time — the same outcome (the README says so).
 */
const RELEASES = 20;
const WRITES = 6;

describe('2 web + 3 workers on Redis Sentinel while a worker is SIGKILLed every 10 s and the master fails over', () => {
  it('loses no command, event or alert and writes every configuration once', async () => {
    const report = await runKillLoad({
      redis: sentinelScaleOutRedis,
      failoverAfterMs: 12_000,
      webs: 2,
      workers: 3,
      writes: WRITES,
      reads: 12,
      releases: RELEASES,
      releaseEveryMs: 500,
      commandEveryMs: 1_200,
      killEveryMs: 10_000,
      operationMs: 4_000,
    });
    expect(report.failover?.to).not.toBe(report.failover?.from);
    expect(report.kills).toBeGreaterThanOrEqual(2);
    expect(report.unfinished).toBe(0);
    // A command's final reply is repeated at most once, with the same outcome: the job ran again, no other.
    const repeated = [...report.repeatedFinals.values()];
    expect(repeated.filter((statuses) => statuses.length > 2 || new Set(statuses).size !== 1)).toEqual([]);
    // Only the few jobs around the failover: not a rule that repeats every final.
    expect(report.keysWithoutOneFinal.length).toBeLessThanOrEqual(report.commands / 3);
    expect(report.putsPerConfig.size).toBe(WRITES);
    expect([...report.putsPerConfig.values()].every((n) => n === 1)).toBe(true);
    expect(report.refusedEvents).toBe(0);
    expect(report.alerts).toBe(2 * RELEASES);
    expect(report.recoveries).toBe(RELEASES);
  }, 240_000);
});
