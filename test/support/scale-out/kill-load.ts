import { parseAllDocuments } from 'yaml';
import type { ConsoleLine } from '../../../adapters/console/console-protocol.ts';
import { isFinal } from '../../../src/replies/reply.ts';
import { queueUnavailableReply } from '../../../src/replies/submit-replies.ts';
import { helmReleaseEvent, postFluxEvent } from '../alerts/flux-webhook.ts';
import { until } from '../until.ts';
import { finalsByKey, say, watchChannel } from './console-chat.ts';
import { type Fleet, startFleet } from './fluxops-fleet.ts';
import { type ScaleOutRedis, scaleOutRedis } from './redis-env.ts';
import { startSandboxProcess } from './sandbox-process.ts';
import type { Spawned } from './spawned.ts';

// The scale-out fault load, shared by the CI test (test/scale-out/fleet-under-kills.test.ts) and its
// long variant (bench/scale-out.ts kills): the standalone sandbox, web and worker processes on one
// Redis; commands (creates and reads, through every web process) and signed webhook events arrive
// while the busiest worker is SIGKILLed and replaced every `killEveryMs`, and, given a Sentinel set
// and `failoverAfterMs`, while its master fails over once. It measures; the caller judges.

const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const LOAD = 'load';
const ONCALL = 'oncall';

export interface KillLoadOptions {
  webs: number;
  workers: number;
  /** `flux create` commands, one configuration each. */
  writes: number;
  /** Reads (`flux list`, `extension show`) between them. */
  reads: number;
  /** HelmReleases the webhook reports on: each fails (5 events), recovers (3), fails again (2). */
  releases: number;
  commandEveryMs: number;
  /** Delay between the starts of two releases' event sequences (0: all at once). */
  releaseEveryMs?: number;
  killEveryMs: number;
  /** How long a sandbox ARM operation runs: long enough that kills land mid-operation. */
  operationMs: number;
  /** The run's Redis (a cluster or a Sentinel set of its own); default: scaleOutRedis(). */
  redis?: () => Promise<ScaleOutRedis>;
  /** With a Redis that can fail over: this long after the load started, its master fails over once. */
  failoverAfterMs?: number;
}

export interface KillLoadReport {
  commands: number;
  /** Commands whose stream ended without a final reply. */
  unfinished: number;
  /** Message keys of the load channel with other than exactly one distinct final reply. */
  keysWithoutOneFinal: string[];
  /** Per message key with more than one distinct final reply: the statuses of those finals, in order. */
  repeatedFinals: Map<string, string[]>;
  /** Configuration path → PUTs the stand-in received. */
  putsPerConfig: Map<string, number>;
  events: number;
  /** Webhook posts not answered 202, even after retrying a 503 as notification-controller does. */
  refusedEvents: number;
  /** Webhook posts answered 503 at first (Redis unreachable) and accepted on a retry. */
  retriedEvents: number;
  /**
   * Commands answered "not queued, nothing changed" (Redis unreachable when they arrived), each
   * sent again as the reply asks; the final replies counted are the resent ones'.
   */
  resentCommands: number;
  /** The master's move, when the run failed over. */
  failover?: { from: number; to: number };
  alerts: number;
  recoveries: number;
  kills: number;
  /** Command jobs started by more than one worker process: taken over after a kill. */
  resumed: number;
  loadSeconds: number;
}

/** Command jobs a worker process started and has not finished, from its own log lines. */
function inFlight(worker: Spawned): Set<string> {
  const running = new Set<string>();
  for (const line of worker.lines()) {
    if (line.msg === 'command started') running.add(String(line.jobId));
    if (line.msg === 'command finished') running.delete(String(line.jobId));
  }
  return running;
}

function resumedJobs(fleet: Fleet): number {
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
  return [...seen.values()].filter((n) => n > 1).length;
}

/**
 * The webhook `alerts setup` hands out: its path after /webhooks/flux/ (the cluster and its ARM id's
 * digest) from the reply's Webhook field, and the HMAC key it shows once, from the YAML.
 */
async function setUpWebhook(webUrl: string): Promise<{ path: string; key: string }> {
  const lines = await say(webUrl, ONCALL, `alerts setup ${ARC}`);
  // The YAML holds the key, so it comes to the requester alone: its own line, beside the channel's reply.
  const reply = lines.find((l) => l.type === 'reply' && l.reply.detail);
  if (reply?.type !== 'reply' || !reply.reply.detail) throw new Error(`alerts setup failed: ${JSON.stringify(lines)}`);
  const secret = parseAllDocuments(reply.reply.detail.lines.join('\n'))
    .map((d) => d.toJS() as { kind?: string; stringData?: { token?: string } })
    .find((d) => d.kind === 'Secret');
  const url = lines
    .flatMap((l) => (l.type === 'reply' ? (l.reply.fields ?? []) : []))
    .find((f) => f.value.includes('/webhooks/flux/'))?.value;
  if (!url) throw new Error(`alerts setup gave no webhook URL: ${JSON.stringify(lines)}`);
  return {
    path: url.slice(url.indexOf('/webhooks/flux/') + '/webhooks/flux/'.length),
    key: secret!.stringData!.token!,
  };
}

function commands(writes: number, reads: number): string[] {
  const creates = Array.from(
    { length: writes },
    (_, i) =>
      `flux create ${ARC} -n app-${i} --namespace app-${i} -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=apps path=./apps/staging prune=true`,
  );
  const lookups = Array.from({ length: reads }, (_, i) =>
    i % 2 === 0 ? `flux list ${ARC}` : `extension show -n flux ${ARC}`,
  );
  // Interleaved, so writes are spread over the whole load.
  const all: string[] = [];
  for (let i = 0; i < Math.max(creates.length, lookups.length); i++) {
    const ratio = Math.ceil(lookups.length / Math.max(1, creates.length));
    if (creates[i]) all.push(creates[i]!);
    all.push(...lookups.slice(i * ratio, (i + 1) * ratio));
  }
  return all;
}

function eventsOf(release: number) {
  const second = (n: number) => release * 20 + n;
  const fail = (n: number) => helmReleaseEvent({ name: `rel-${release}`, second: second(n) });
  const heal = (n: number) =>
    helmReleaseEvent({ name: `rel-${release}`, second: second(n), severity: 'info', reason: 'UpgradeSucceeded' });
  return [0, 1, 2, 3, 4].map(fail).concat([5, 6, 7].map(heal), [8, 9].map(fail));
}

export async function runKillLoad(options: KillLoadOptions): Promise<KillLoadReport> {
  const redis = await (options.redis ?? scaleOutRedis)();
  let sandbox: Awaited<ReturnType<typeof startSandboxProcess>> | undefined;
  let fleet: Fleet | undefined;
  // Every process and server started here is stopped whatever happens, so none outlives the run.
  try {
    sandbox = await startSandboxProcess({
      SANDBOX_OPERATION_MS: String(options.operationMs),
      SANDBOX_RECONCILE_MS: '300',
      SANDBOX_AGENT_RELAY: '200ms',
    });
    fleet = await startFleet({
      sandboxUrl: sandbox.url,
      redisEnv: redis.env,
      webs: options.webs,
      workers: options.workers,
      env: { ALERT_BURST: '100000', FLUXOPS_PUBLIC_URL: 'https://fluxops.example.com' },
    });
    return await load(fleet, sandbox.requests, redis, options);
  } finally {
    await fleet?.stop();
    await sandbox?.process.stop();
    await redis.release(fleet?.prefix ?? '');
  }
}

/** The reply to a command Redis could not take ("Queue unavailable … nothing changed"): no job behind it. */
function notQueued(lines: ConsoleLine[]): boolean {
  const last = lines.findLast((l) => l.type === 'reply');
  return last?.type === 'reply' && last.reply.title === queueUnavailableReply(undefined).title;
}

/** A command, sent again (as its reply asks) while Redis answers that it could not queue it. */
async function sayUntilQueued(webUrl: string, text: string, resent: () => void): Promise<ConsoleLine[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const lines = await say(webUrl, LOAD, text);
    if (!notQueued(lines) || Date.now() > deadline) return lines;
    resent();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** A webhook post, retried after a 503 as notification-controller does; the last answer's status. */
async function postUntilAccepted(post: () => Promise<Response>, retried: () => void): Promise<number> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await post();
    if (response.status !== 503 || Date.now() > deadline) return response.status;
    retried();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function load(
  fleet: Fleet,
  requests: Awaited<ReturnType<typeof startSandboxProcess>>['requests'],
  redis: ScaleOutRedis,
  options: KillLoadOptions,
): Promise<KillLoadReport> {
  const webs = fleet.webs;
  const web = (i: number) => webs[i % webs.length]!;
  // Watched through the last web process: replies cross processes whichever web took the command.
  const loadWatch = await watchChannel(web(webs.length - 1).url, LOAD);
  const oncallWatch = await watchChannel(web(webs.length - 1).url, ONCALL);
  let loading = true;
  try {
    const installed = await say(web(0).url, LOAD, `extension create -n flux --extension-type microsoft.flux ${ARC}`);
    const subscribed = await say(web(0).url, ONCALL, 'alerts subscribe --severity error');
    for (const lines of [installed, subscribed]) {
      const last = lines.findLast((l) => l.type === 'reply');
      if (last?.type !== 'reply' || last.reply.status !== 'succeeded')
        throw new Error(`set-up failed: ${JSON.stringify(last)}`);
    }
    const webhook = await setUpWebhook(web(0).url);

    let kills = 0;
    const replacements: Promise<unknown>[] = [];
    const killer = (async () => {
      while (loading) {
        await new Promise((resolve) => setTimeout(resolve, options.killEveryMs));
        if (!loading) break;
        // Never the last one alive: a replacement takes a while to start on a busy machine.
        if (fleet.workers.filter((w) => w.alive()).length < 2) continue;
        // The worker with the most commands in flight (waiting a moment for one): kills land mid-operation.
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
        // Replaced as an orchestrator would, without holding up the next kill.
        replacements.push(fleet.addWorker());
      }
    })();

    const started = Date.now();
    const failingOver =
      options.failoverAfterMs === undefined
        ? undefined
        : (async () => {
            if (!redis.failover) throw new Error('failoverAfterMs needs a Redis that can fail over (a Sentinel set)');
            await new Promise((resolve) => setTimeout(resolve, options.failoverAfterMs));
            return redis.failover();
          })();
    // Awaited after the load; a load that fails first must not leave its rejection unhandled.
    failingOver?.catch(() => undefined);
    const texts = commands(options.writes, options.reads);
    let resentCommands = 0;
    const answers = texts.map(async (text, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * options.commandEveryMs));
      return sayUntilQueued(web(i).url, text, () => {
        resentCommands += 1;
      });
    });
    let refusedEvents = 0;
    let retriedEvents = 0;
    const posts = Array.from({ length: options.releases }, async (_, release) => {
      await new Promise((resolve) => setTimeout(resolve, release * (options.releaseEveryMs ?? 0)));
      for (const event of eventsOf(release)) {
        const status = await postUntilAccepted(
          () => postFluxEvent(web(release).url, webhook.path, event, webhook.key),
          () => {
            retriedEvents += 1;
          },
        );
        if (status !== 202) refusedEvents += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    await Promise.all(posts);
    const streams = await Promise.all(answers);
    const failover = await failingOver;
    // Keep the kills going until at least two landed during the load.
    await until('two workers killed during the load', () => kills >= 2, { timeoutMs: 3 * options.killEveryMs });
    loading = false;
    await killer;
    await Promise.all(replacements);
    const loadSeconds = (Date.now() - started) / 1000;

    const finished = streams.filter((lines) => lines.findLast((l) => l.type === 'reply')?.final === true);
    const jobKeys = finished.map((lines) => lines.findLast((l) => l.type === 'reply')!.key);
    await until('every command’s final reply on the channel', () =>
      jobKeys.every((k) => finalsByKey(loadWatch.messages).has(k)),
    ).catch(() => undefined);
    const keysWithoutOneFinal = [...finalsByKey(loadWatch.messages)]
      .filter(([, seqs]) => seqs.size !== 1)
      .map(([k]) => k);

    const repeatedFinals = new Map(
      keysWithoutOneFinal.map((k) => [
        k,
        [
          ...new Map(
            loadWatch.messages
              .filter((m) => m.key === k && isFinal(m.reply.status))
              .map((m) => [m.seq, m.reply.status]),
          ).values(),
        ],
      ]),
    );

    const putsPerConfig = new Map<string, number>();
    for (const put of (await requests()).filter(
      (r) => r.method === 'PUT' && /\/fluxConfigurations\/app-\d+$/.test(r.path),
    ))
      putsPerConfig.set(put.path, (putsPerConfig.get(put.path) ?? 0) + 1);

    const alertKeys = () =>
      new Set(oncallWatch.messages.filter((m) => !m.threadOf && m.key.startsWith('al-')).map((m) => m.key));
    const recoveryKeys = () => new Set(oncallWatch.messages.filter((m) => m.threadOf).map((m) => m.key));
    await until(
      'every incident alerted and recovered',
      () => alertKeys().size >= 2 * options.releases && recoveryKeys().size >= options.releases,
      { timeoutMs: 60_000, intervalMs: 200 },
    ).catch(() => undefined);
    // Anything duplicated would arrive within a few more seconds.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    return {
      commands: texts.length,
      unfinished: texts.length - finished.length,
      keysWithoutOneFinal,
      repeatedFinals,
      putsPerConfig,
      events: options.releases * 10,
      refusedEvents,
      retriedEvents,
      resentCommands,
      failover,
      alerts: alertKeys().size,
      recoveries: recoveryKeys().size,
      kills,
      resumed: resumedJobs(fleet),
      loadSeconds,
    };
  } finally {
    // A run that failed mid-load stops killing, so nothing outlives it.
    loading = false;
    loadWatch.stop();
    oncallWatch.stop();
  }
}
