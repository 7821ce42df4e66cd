import { describe, it } from 'vitest';
import { expectExactlyOnce } from '../support/scale-out/expect-exactly-once.ts';
import { runKillLoad } from '../support/scale-out/kill-load.ts';

/**
 * The standalone sandbox, 2 web and 3 worker processes on one Redis (a private one, or the one
 * REDIS_URL / REDIS_CLUSTER_NODES / REDIS_SENTINELS name). 24 commands (8 creates) through both web
 * processes and 300 signed webhook events arrive while the busiest worker is SIGKILLed every 10 s
 * and replaced, as an orchestrator would. Every command then has exactly one final reply, every
 * configuration was PUT exactly once (the stand-in's request log), and every incident was alerted
 * once and recovered once. The long variant is `npm run bench -- scale-out kills`.
 */
const RELEASES = 30;
const WRITES = 8;

describe('2 web + 3 workers while a worker is SIGKILLed every 10 s', () => {
  it('ends every command once, writes every configuration once and alerts every incident once', async () => {
    const report = await runKillLoad({
      webs: 2,
      workers: 3,
      writes: WRITES,
      reads: 16,
      releases: RELEASES,
      commandEveryMs: 1_200,
      killEveryMs: 10_000,
      operationMs: 4_000,
    });
    expectExactlyOnce(report, { writes: WRITES, releases: RELEASES });
  }, 420_000);
});
