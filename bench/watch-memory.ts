// Watch memory: 10,000 Flux objects in the kube stand-in (a child process, so its memory is not
// counted), watched by fluxops' cluster watchers (pods, events, Ready transitions of every kind).
// Prints the watcher process RSS after the initial list and after a burst of changes. Goal ≤ 200 MB.
//   node --expose-gc bench/watch-memory.ts [objects]   (Node 24 strips the types itself; tsx adds ~100 MB)
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { KubeConfig } from '@kubernetes/client-node';
import { FluxCluster } from '../src/cluster/access/flux-cluster.ts';
import { watchCluster } from '../src/cluster/watch/cluster-watchers.ts';

const KINDS = ['HelmRelease', 'Kustomization', 'GitRepository', 'HelmRepository'] as const;

async function serve(count: number): Promise<void> {
  // Imported here so the measured (parent) process does not load the stand-in.
  const { KubeCluster } = await import('../sandbox/kube/kube-cluster.ts');
  const { FLUX_TYPES } = await import('../sandbox/kube/resource-types.ts');
  const cluster = await KubeCluster.start({
    name: 'bench',
    token: 'bench-token',
    reconcileDelayMs: 1_000_000,
    bookmarkIntervalMs: 10_000,
    historyLimit: count * 2,
  });
  cluster.installFlux();
  const at = new Date().toISOString();
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const type = FLUX_TYPES.find((t) => t.kind === kind)!;
    cluster.store.put(type, {
      apiVersion: '',
      kind,
      metadata: { name: `${kind.toLowerCase()}-${i}`, namespace: `team-${i % 100}`, labels: { team: String(i % 100) } },
      spec: { interval: '10m0s', suspend: false, sourceRef: { kind: 'GitRepository', name: 'repo' } },
      status: {
        observedGeneration: 1,
        lastAppliedRevision: `main@sha1:${i.toString(16).padStart(40, '0')}`,
        conditions: [
          {
            type: 'Ready',
            status: 'True',
            reason: 'ReconciliationSucceeded',
            message: `Applied revision: main@sha1:${i}`,
            lastTransitionTime: at,
          },
        ],
      },
    });
  }
  process.on('message', (message: { churn?: number }) => {
    // Flip Ready on `churn` objects, as a bad commit across many tenants would.
    const type = FLUX_TYPES.find((t) => t.kind === 'HelmRelease')!;
    const releases = cluster.store.list(type).slice(0, message.churn ?? 0);
    for (const release of releases) {
      const conditions = [
        {
          type: 'Ready',
          status: 'False',
          reason: 'UpgradeFailed',
          message: 'bench',
          lastTransitionTime: new Date().toISOString(),
        },
      ];
      cluster.store.put(type, { ...release, status: { ...release.status, conditions } });
    }
    process.send?.({ churned: releases.length });
  });
  process.send?.({ url: cluster.server.url });
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function measure(count: number): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', String(count)], { execArgv: process.execArgv });
  const next = <T>() => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  const { url } = await next<{ url: string }>();
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'bench', server: url, skipTLSVerify: true }],
    users: [{ name: 'bench', token: 'bench-token' }],
    contexts: [{ name: 'bench', cluster: 'bench', user: 'bench' }],
    currentContext: 'bench',
  });
  const baseline = process.memoryUsage().rss;
  let events = 0;
  const started = Date.now();
  const watch = await watchCluster(new FluxCluster('bench', kc), {
    target: {
      resourceGroup: 'bench',
      clusterName: 'bench',
      clusterType: 'connectedClusters',
      clusterRp: 'Microsoft.Kubernetes',
    },
    port: { onEvent: () => void events++ },
    readyTransitions: true,
  });
  const tracked = watch.reflectors.reduce((sum, r) => sum + r.size, 0);
  const listMs = Date.now() - started;
  global.gc?.();
  const afterList = process.memoryUsage().rss;
  child.send({ churn: 1000 });
  await next();
  while (events < 1000) await new Promise((resolve) => setTimeout(resolve, 50));
  global.gc?.();
  const afterChurn = process.memoryUsage().rss;
  console.log(
    JSON.stringify({
      objects: count,
      tracked,
      listMs,
      events,
      rssBaselineMB: mb(baseline),
      rssAfterListMB: mb(afterList),
      rssAfterChurnMB: mb(afterChurn),
      heapUsedMB: mb(process.memoryUsage().heapUsed),
    }),
  );
  watch.stop();
  child.kill();
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt > 0) await serve(Number(process.argv[serveAt + 1]));
else await measure(Number(process.argv[2] ?? 10_000));
