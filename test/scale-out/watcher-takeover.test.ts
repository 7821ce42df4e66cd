import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TUTORIAL } from '../support/commands/tutorial-commands.ts';
import { type ChannelWatch, say } from '../support/scale-out/console-chat.ts';
import type { Fleet } from '../support/scale-out/fluxops-fleet.ts';
import { type SmallFleet, startSmallFleet } from '../support/scale-out/small-fleet.ts';
import type { Spawned } from '../support/scale-out/spawned.ts';
import { until } from '../support/until.ts';

/**
 * Two workers, one cluster watcher: the worker holding flux-demo-arc's lease watches it, the other
 * does not. SIGKILL the holder and the other takes the lease within 15 s and watches from there;
 * the failure it re-lists is the same incident (no second alert), the recovery and the next
 * failure are alerted once each. The faults are pulled from chat, through the web process, in the
 * standalone sandbox's process.
 */
const CREATE = TUTORIAL.fr.codeBlocks.find((c) => c.includes('flux create'))!;
const ONCALL = 'oncall';
const FAILING = 'HelmRelease cluster-config/podinfo is failing on flux-demo-arc';

let small: SmallFleet;
let fleet: Fleet;
let watch: ChannelWatch;

beforeAll(async () => {
  small = await startSmallFleet({ channel: ONCALL, operationMs: 300 });
  ({ fleet, watch } = small);
}, 120_000);

afterAll(() => small?.stop(), 60_000);

const watchesArc = (worker: Spawned) =>
  worker
    .lines()
    .some(
      (l) =>
        String(l.msg).startsWith('watching cluster (this worker holds its lease)') && l.cluster === 'flux-demo-arc',
    );

const final = async (text: string, channel = 'ops') =>
  (await say(fleet.webs[0]!.url, channel, text)).findLast((l) => l.type === 'reply');

describe('cluster watcher lease across two workers', () => {
  it('watches on one worker, moves to the other within 15 s of a SIGKILL, and alerts each incident once', async () => {
    expect(await final(CREATE)).toMatchObject({ reply: { status: 'succeeded' } });
    expect(await final('alerts subscribe --severity error', ONCALL)).toMatchObject({ reply: { status: 'succeeded' } });
    const holder = await until('a worker to hold flux-demo-arc’s watch lease', () => fleet.workers.find(watchesArc), {
      timeoutMs: 15_000,
    });
    const other = fleet.workers.find((w) => w !== holder)!;
    expect(watchesArc(other)).toBe(false);

    expect(await final('sandbox fail podinfo')).toMatchObject({ reply: { status: 'succeeded' } });
    const alert = await until('the podinfo alert', () => watch.messages.find((m) => m.reply.title === FAILING), {
      timeoutMs: 15_000,
    });

    await holder.kill();
    const killedAt = Date.now();
    await until('the other worker to take the watch lease', () => watchesArc(other), {
      timeoutMs: 20_000,
      intervalMs: 100,
    });
    expect(Date.now() - killedAt).toBeLessThan(15_000);

    expect(await final('sandbox recover podinfo')).toMatchObject({ reply: { status: 'succeeded' } });
    await until('the recovery in the alert’s thread', () => watch.messages.find((m) => m.threadOf === alert.key), {
      timeoutMs: 15_000,
    });
    expect(await final('sandbox fail podinfo')).toMatchObject({ reply: { status: 'succeeded' } });
    const alerts = await until(
      'the second podinfo alert',
      () => {
        const keys = new Set(watch.messages.filter((m) => m.reply.title === FAILING).map((m) => m.key));
        return keys.size >= 2 && keys;
      },
      { timeoutMs: 15_000 },
    );
    // Settle: anything duplicated would arrive within the next few seconds.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(new Set(watch.messages.filter((m) => m.reply.title === FAILING).map((m) => m.key))).toEqual(alerts);
    const recoveries = watch.messages.filter((m) => m.threadOf);
    expect(new Set(recoveries.map((m) => m.key)).size).toBe(1);
  }, 120_000);
});
