import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { helmReleaseEvent, postFluxEvent } from '../support/alerts/flux-webhook.ts';
import { type ChannelWatch, finalsByKey, say, watchChannel } from '../support/scale-out/console-chat.ts';
import { type Fleet, startFleet } from '../support/scale-out/fluxops-fleet.ts';
import { type ScaleOutRedis, scaleOutRedis } from '../support/scale-out/redis-env.ts';
import { type SandboxProcess, startSandboxProcess } from '../support/scale-out/sandbox-process.ts';
import type { Spawned } from '../support/scale-out/spawned.ts';
import { until } from '../support/until.ts';

/**
 * The standalone sandbox, 2 web and 3 worker processes on one Redis. Tens of commands (writes and
 * reads, through both web processes) and hundreds of signed webhook events arrive while a worker is
 * SIGKILLed every 10 s and replaced, as an orchestrator would. Afterwards: every command has exactly
 * one final reply, every configuration was PUT exactly once (the stand-in's request log), and every
 * incident was alerted once and recovered once. The long variant is bench/scale-out.ts.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const LOAD = 'load';
const ONCALL = 'oncall';
const WRITES = 8;
const RELEASES = 30;
const KILL_EVERY_MS = 10_000;
const COMMAND_EVERY_MS = 1_200;

/** Command jobs a worker process started and has not finished, from its own log lines. */
function inFlight(worker: Spawned): Set<string> {
  const running = new Set<string>();
  for (const line of worker.lines()) {
    if (line.msg === 'command started') running.add(String(line.jobId));
    if (line.msg === 'command finished') running.delete(String(line.jobId));
  }
  return running;
}

/** Jobs started by more than one worker process: the ones taken over after a kill. */
function resumedJobs(fleet: Fleet): string[] {
  const seen = new Map<string, number>();
  for (const worker of fleet.workers) {
    const started = new Set(
      worker
        .lines()
        .filter((l) => l.msg === 'command started')
        .map((l) => String(l.jobId)),
    );
    for (const id of started) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

let sandbox: SandboxProcess;
let redis: ScaleOutRedis;
let fleet: Fleet;
let loadWatch: ChannelWatch;
let oncallWatch: ChannelWatch;

beforeAll(async () => {
  redis = await scaleOutRedis();
  sandbox = await startSandboxProcess({
    SANDBOX_OPERATION_MS: '4000',
    SANDBOX_RECONCILE_MS: '300',
    SANDBOX_AGENT_RELAY: '200ms',
  });
  fleet = await startFleet({
    sandboxUrl: sandbox.url,
    redisEnv: redis.env,
    webs: 2,
    workers: 3,
    env: { ALERT_BURST: '1000', FLUXOPS_PUBLIC_URL: 'https://fluxops.example.com' },
  });
  // Watched through the second web process: replies cross processes whichever web took the command.
  loadWatch = await watchChannel(fleet.webs[1]!.url, LOAD);
  oncallWatch = await watchChannel(fleet.webs[1]!.url, ONCALL);
}, 180_000);

afterAll(async () => {
  loadWatch?.stop();
  oncallWatch?.stop();
  await fleet?.stop();
  await sandbox?.process.stop();
  await redis?.release(fleet?.prefix ?? '');
}, 60_000);

/** The HMAC key `alerts setup` shows once, read from the YAML of its reply. */
async function setUpWebhook(webUrl: string): Promise<string> {
  const lines = await say(webUrl, ONCALL, `alerts setup ${ARC}`);
  const reply = lines.findLast((l) => l.type === 'reply');
  if (reply?.type !== 'reply' || !reply.reply.detail) throw new Error(`alerts setup failed: ${JSON.stringify(reply)}`);
  const secret = parseAllDocuments(reply.reply.detail.lines.join('\n'))
    .map((d) => d.toJS() as { kind?: string; stringData?: { token?: string } })
    .find((d) => d.kind === 'Secret');
  return secret!.stringData!.token!;
}

/** Commands of the load: a create per configuration, and reads around them. */
function commands(): string[] {
  const writes = Array.from(
    { length: WRITES },
    (_, i) =>
      `flux create ${ARC} -n app-${i} --namespace app-${i} -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=apps path=./apps/staging prune=true`,
  );
  const reads = Array.from({ length: 16 }, (_, i) =>
    i % 2 === 0 ? `flux list ${ARC}` : `extension show -n flux ${ARC}`,
  );
  return writes.flatMap((write, i) => [write, reads[2 * i]!, reads[2 * i + 1]!]);
}

/** Per release: failing (5 repeats), healthy (3), failing again (2): two incidents and one recovery each. */
function eventsOf(release: number) {
  const second = (n: number) => release * 20 + n;
  const fail = (n: number) => helmReleaseEvent({ name: `rel-${release}`, second: second(n) });
  const heal = (n: number) =>
    helmReleaseEvent({ name: `rel-${release}`, second: second(n), severity: 'info', reason: 'UpgradeSucceeded' });
  return [0, 1, 2, 3, 4].map(fail).concat([5, 6, 7].map(heal), [8, 9].map(fail));
}

describe('2 web + 3 workers while a worker is SIGKILLed every 10 s', () => {
  it('ends every command once, writes every configuration once and alerts every incident once', async () => {
    const [webA, webB] = fleet.webs as [(typeof fleet.webs)[0], (typeof fleet.webs)[0]];
    expect(
      (await say(webA.url, LOAD, `extension create -n flux --extension-type microsoft.flux ${ARC}`)).at(-2),
    ).toMatchObject({ reply: { status: 'succeeded' } });
    expect((await say(webA.url, ONCALL, 'alerts subscribe --severity error')).at(-2)).toMatchObject({
      reply: { status: 'succeeded' },
    });
    const key = await setUpWebhook(webA.url);

    let loading = true;
    let kills = 0;
    const killer = (async () => {
      while (loading) {
        await new Promise((resolve) => setTimeout(resolve, KILL_EVERY_MS));
        if (!loading) break;
        // The worker with the most commands in flight (waiting a moment for one): the kill must land mid-operation.
        const busiest = () =>
          fleet.workers.filter((w) => w.alive()).sort((a, b) => inFlight(b).size - inFlight(a).size)[0];
        const victim = await until(
          'a worker with a command in flight',
          () => inFlight(busiest()!).size > 0 && busiest(),
          {
            timeoutMs: 5_000,
            intervalMs: 50,
          },
        ).catch(() => busiest());
        await victim?.kill();
        kills += 1;
        await fleet.addWorker();
      }
    })();

    const started = Date.now();
    // Commands spread over the load, so kills find some in flight.
    const answers = commands().map(async (text, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * COMMAND_EVERY_MS));
      return say(i % 2 ? webB.url : webA.url, LOAD, text);
    });
    const posts = Array.from({ length: RELEASES }, async (_, release) => {
      for (const event of eventsOf(release)) {
        const web = release % 2 ? webB : webA;
        const response = await postFluxEvent(web.url, 'flux-demo-arc', event, key);
        expect(response.status).toBe(202);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    await Promise.all(posts);
    const streams = await Promise.all(answers);
    // Keep killing until a kill has landed during the load.
    await until('at least two workers killed during the load', () => kills >= 2, { timeoutMs: 30_000 });
    loading = false;
    await killer;
    const loadSeconds = (Date.now() - started) / 1000;

    // Every command: its stream ended with a final reply (not a timeout), and the channel shows one final per key.
    for (const lines of streams) {
      expect(lines.at(-1)).toEqual({ type: 'end', reason: 'done' });
      expect(lines.findLast((l) => l.type === 'reply')).toMatchObject({ final: true });
    }
    const jobKeys = streams.map((lines) => lines.findLast((l) => l.type === 'reply')!.key);
    await until('every command’s final reply on the channel', () =>
      jobKeys.every((k) => finalsByKey(loadWatch.messages).has(k)),
    );
    for (const [k, seqs] of finalsByKey(loadWatch.messages)) expect([k, seqs.size]).toEqual([k, 1]);

    // Every write once: one PUT per configuration, whatever worker died while it ran.
    const puts = (await sandbox.requests()).filter(
      (r) => r.method === 'PUT' && /\/fluxConfigurations\/app-\d+$/.test(r.path),
    );
    const perConfig = new Map<string, number>();
    for (const put of puts) perConfig.set(put.path, (perConfig.get(put.path) ?? 0) + 1);
    expect(perConfig.size).toBe(WRITES);
    expect([...perConfig.values()].every((n) => n === 1)).toBe(true);

    // The kills did land mid-command: some jobs were started on one worker and resumed on another.
    const resumed = resumedJobs(fleet);
    expect(resumed.length).toBeGreaterThan(0);

    // Every incident alerted once and recovered once.
    const alertKeys = () =>
      new Set(oncallWatch.messages.filter((m) => !m.threadOf && m.key.startsWith('al-')).map((m) => m.key));
    const recoveryKeys = () => new Set(oncallWatch.messages.filter((m) => m.threadOf).map((m) => m.key));
    await until(
      () => `${2 * RELEASES} alerts and ${RELEASES} recoveries (have ${alertKeys().size} and ${recoveryKeys().size})`,
      () => alertKeys().size >= 2 * RELEASES && recoveryKeys().size >= RELEASES,
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(alertKeys().size).toBe(2 * RELEASES);
    expect(recoveryKeys().size).toBe(RELEASES);
    console.info(
      `load: ${streams.length} commands, ${RELEASES * 10} events, ${kills} workers killed, ${resumed.length} jobs resumed elsewhere, ${loadSeconds} s`,
    );
  }, 240_000);
});
