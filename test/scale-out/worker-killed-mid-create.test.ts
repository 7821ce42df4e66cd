import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TUTORIAL } from '../support/commands/tutorial-commands.ts';
import { type ChannelWatch, finalsByKey, say } from '../support/scale-out/console-chat.ts';
import type { Fleet } from '../support/scale-out/fluxops-fleet.ts';
import type { SandboxProcess } from '../support/scale-out/sandbox-process.ts';
import { type SmallFleet, startSmallFleet } from '../support/scale-out/small-fleet.ts';
import type { Spawned } from '../support/scale-out/spawned.ts';
import { until } from '../support/until.ts';

/**
 * `npm run sandbox` + one web + two workers, each its own process, against one Redis (a private one,
 * or the one REDIS_URL / REDIS_CLUSTER_NODES / REDIS_SENTINELS name). The tutorial's `flux create`
 * runs; the worker holding it is SIGKILLed while Azure (the stand-in, in its own process) is still
 * running the configuration's PUT; the other worker finishes the job within 20 s, by polling the
 * operation the job journaled: the stand-in's request log shows one PUT of each resource.
 */
const CREATE = TUTORIAL.fr.codeBlocks.find((c) => c.includes('flux create'))!;
const CHANNEL = 'takeover';
const CONFIG_PUT = /\/extensions\/flux$|\/fluxConfigurations\/cluster-config$/;

let small: SmallFleet;
let sandbox: SandboxProcess;
let fleet: Fleet;
let watch: ChannelWatch;

beforeAll(async () => {
  // Each operation runs 6 s in the stand-in, so the kill lands while Azure is still working on it.
  small = await startSmallFleet({ channel: CHANNEL, operationMs: 6_000 });
  ({ sandbox, fleet, watch } = small);
}, 120_000);

afterAll(() => small?.stop(), 60_000);

const holderOf = (display: RegExp) => (worker: Spawned) =>
  worker.lines().some((l) => l.msg === 'command started' && display.test(String(l.display)));

describe('a worker killed mid-operation (standalone sandbox, 1 web + 2 workers)', () => {
  it('lets the other worker finish the tutorial create within 20 s, with one PUT per resource and one final reply', async () => {
    const web = fleet.webs[0]!;
    const used = await say(web.url, CHANNEL, 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters');
    expect(used.at(-2)).toMatchObject({ type: 'reply', final: true });
    const answer = say(web.url, CHANNEL, CREATE);

    // Mid-operation: Azure accepted the configuration's PUT, is still running it, and the job has
    // journaled it (its "accepted by Azure" progress comes after the journal write; coalescing may
    // replace it with the "operation … Running" that follows). A kill in the instant between Azure's
    // answer and that write would resend the PUT: the README says so.
    await until(
      'the configuration PUT to be accepted and journaled',
      () =>
        watch.messages.some((m) =>
          /Creating flux configuration cluster-config: (accepted by Azure, operation|operation \S+ (?!Succeeded|Failed|Canceled)\w+\.)/.test(
            m.reply.text ?? '',
          ),
        ),
      { timeoutMs: 40_000, intervalMs: 50 },
    );
    expect(
      (await sandbox.requests()).some(
        (r) => r.method === 'PUT' && r.path.endsWith('/fluxConfigurations/cluster-config') && r.status === 201,
      ),
    ).toBe(true);
    const holder = fleet.workers.find(holderOf(/flux create/));
    const survivor = fleet.workers.find((w) => w !== holder);
    if (!holder || !survivor) throw new Error('exactly one worker should hold the create job');
    await holder.kill();
    const killedAt = Date.now();

    const lines = await answer;
    const finishedIn = Date.now() - killedAt;
    const final = lines.findLast((l) => l.type === 'reply');
    expect(final).toMatchObject({ final: true, reply: { status: 'succeeded' } });
    expect(finishedIn).toBeLessThan(20_000);
    expect(holderOf(/flux create/)(survivor)).toBe(true);

    const writes = (await sandbox.requests()).filter((r) => r.method === 'PUT' && CONFIG_PUT.test(r.path));
    expect(writes.map((w) => w.path.split('/').slice(-2).join('/'))).toEqual([
      'extensions/flux',
      'fluxConfigurations/cluster-config',
    ]);

    // What the channel showed: each message key (the `use` and the create) ended with one final reply.
    const jobKey = final?.type === 'reply' ? final.key : '';
    await until('the final reply on the channel', () => finalsByKey(watch.messages).get(jobKey));
    for (const [key, seqs] of finalsByKey(watch.messages)) expect([key, seqs.size]).toEqual([key, 1]);
  }, 90_000);
});
