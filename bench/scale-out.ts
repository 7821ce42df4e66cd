import { say } from '../test/support/scale-out/console-chat.ts';
import { startFleet } from '../test/support/scale-out/fluxops-fleet.ts';
import { runKillLoad } from '../test/support/scale-out/kill-load.ts';
import { scaleOutRedis } from '../test/support/scale-out/redis-env.ts';
import { startSandboxProcess } from '../test/support/scale-out/sandbox-process.ts';

/**
 * `npm run bench -- scale-out [throughput|kills]`
 *
 * throughput (default): end-to-end commands per second — console POST on the web process to the final
 * reply — with 1, 2 and 3 worker processes (each run: a fresh `npm run sandbox` process, 1 web, N
 * workers with FLUXOPS_WORKER_CONCURRENCY=4, one Redis). Two loads: `flux create` (Azure-bound: each
 * job waits on the operation and the compliance report, so worker slots are the limit) and
 * `flux list` (CPU-bound: every process shares the machine's cores). Compare the ratios of one run.
 *
 * kills: the long variant of test/scale-out/fleet-under-kills.test.ts — 2 web + 3 workers, 260
 * commands (60 creates) and 3,000 signed webhook events over about 90 s while the busiest worker is
 * SIGKILLed and replaced every 10 s; prints what the test asserts.
 *
 * Redis: the one REDIS_URL / REDIS_CLUSTER_NODES / REDIS_SENTINELS name, else a private redis-server.
 */
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';

async function rate(workers: number, texts: (i: number) => string, count: number): Promise<number> {
  const redis = await scaleOutRedis();
  const sandbox = await startSandboxProcess({
    SANDBOX_OPERATION_MS: '1000',
    SANDBOX_RECONCILE_MS: '200',
    SANDBOX_AGENT_RELAY: '100ms',
  });
  let fleet: Awaited<ReturnType<typeof startFleet>> | undefined;
  try {
    fleet = await startFleet({
      sandboxUrl: sandbox.url,
      redisEnv: redis.env,
      webs: 1,
      workers,
      env: { FLUXOPS_WORKER_CONCURRENCY: '4' },
    });
    const web = fleet.webs[0]!.url;
    await say(web, 'bench', `extension create -n flux --extension-type microsoft.flux ${ARC}`);
    const started = performance.now();
    const streams = await Promise.all(Array.from({ length: count }, (_, i) => say(web, 'bench', texts(i))));
    const seconds = (performance.now() - started) / 1000;
    const failed = streams.filter((lines) => lines.findLast((l) => l.type === 'reply')?.final !== true);
    if (failed.length)
      throw new Error(
        `${failed.length} commands did not finish: ${failed.map((l) => JSON.stringify(l.slice(-2))).join('\n')}`,
      );
    return count / seconds;
  } finally {
    await fleet?.stop();
    await sandbox.process.stop();
    await redis.release(fleet?.prefix ?? '');
  }
}

async function throughput(): Promise<void> {
  const loads = {
    'flux create (Azure-bound)': {
      count: 24,
      text: (i: number) =>
        `flux create ${ARC} -n bench-${i} --namespace bench-${i} -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=apps path=./apps/staging prune=true`,
    },
    'flux list (CPU-bound)': { count: 150, text: () => `flux list ${ARC}` },
  };
  console.log('| load | workers | commands | commands/s | ratio to 1 worker |\n|---|---|---|---|---|');
  for (const [name, load] of Object.entries(loads)) {
    let one = 0;
    for (const workers of (process.argv[3] ?? '1,2,3').split(',').map(Number)) {
      const perSecond = await rate(workers, load.text, load.count);
      one ||= perSecond;
      console.log(
        `| ${name} | ${workers} | ${load.count} | ${perSecond.toFixed(2)} | ${(perSecond / one).toFixed(2)} |`,
      );
    }
  }
}

async function kills(): Promise<void> {
  const report = await runKillLoad({
    webs: 2,
    workers: 3,
    writes: 60,
    reads: 200,
    releases: 300,
    commandEveryMs: 350,
    releaseEveryMs: 300,
    killEveryMs: 10_000,
    operationMs: 4_000,
  });
  const puts = [...report.putsPerConfig.values()];
  console.log(
    JSON.stringify(
      {
        ...report,
        putsPerConfig: undefined,
        configurations: report.putsPerConfig.size,
        configurationsPutMoreThanOnce: puts.filter((n) => n > 1).length,
      },
      null,
      2,
    ),
  );
}

const mode = process.argv[2] ?? 'throughput';
if (mode === 'kills') await kills();
else if (mode === 'throughput') await throughput();
else {
  console.error(`Unknown mode "${mode}": use throughput or kills. Example: npm run bench -- scale-out kills`);
  process.exit(1);
}
