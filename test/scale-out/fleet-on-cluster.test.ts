import { describe, it } from 'vitest';
import { clusterScaleOutRedis } from '../support/scale-out/cluster-redis.ts';
import { expectExactlyOnce } from '../support/scale-out/expect-exactly-once.ts';
import { runKillLoad } from '../support/scale-out/kill-load.ts';

/**
 * The fault run of fleet-under-kills.test.ts on a real local Redis Cluster of three masters (started
 * here, given to every process as REDIS_CLUSTER_NODES, the key prefix a `{hash tag}`): the standalone
 * sandbox, 2 web and 3 worker processes; 18 commands (6 creates) and 200 signed webhook events while
 * the busiest worker is SIGKILLed every 10 s and replaced. Sized for CI. The same invariants hold:
 * every command has exactly one final reply, every configuration was PUT exactly once, every
 * incident was alerted once and recovered once, no event was refused.
 */
const RELEASES = 20;
const WRITES = 6;

describe('2 web + 3 workers on a 3-master Redis Cluster while a worker is SIGKILLed every 10 s', () => {
  it('ends every command once, writes every configuration once and alerts every incident once', async () => {
    const report = await runKillLoad({
      redis: clusterScaleOutRedis,
      webs: 2,
      workers: 3,
      writes: WRITES,
      reads: 12,
      releases: RELEASES,
      commandEveryMs: 1_200,
      killEveryMs: 10_000,
      operationMs: 4_000,
    });
    expectExactlyOnce(report, { writes: WRITES, releases: RELEASES });
  }, 240_000);
});
