// The watchers of one cluster, feeding the alert engine through ClusterEventPort:
// flux-system pods (OOM kills, OOM-watch shutdowns), core Events (drift), and — when the cluster has
// no notification-controller webhook — Ready transitions of every Flux kind the cluster serves.
import { CoreV1Api, type CoreV1Event, CustomObjectsApi, type V1Pod } from '@kubernetes/client-node';
import type { ClusterTarget } from '../../commands/types.ts';
import type { FluxCluster } from '../access/flux-cluster.ts';
import { fluxKind } from '../access/flux-kinds.ts';
import type { FluxObject } from '../ops/flux-object.ts';
import type { ClusterEventPort } from './cluster-event.ts';
import { driftEvent } from './event-signals.ts';
import { oomActions, oomFields, oomMessage, oomNote } from './oom-fix.ts';
import { forgetPod, hasOomWatchShutdown, type PodRestart, podRestarts, type RestartMemo } from './pod-signals.ts';
import { type ReadyMemo, readyTransition } from './ready-signals.ts';
import { Reflector } from './reflector.ts';

export interface ClusterWatchOptions {
  target: ClusterTarget;
  port: ClusterEventPort;
  /** Watch Ready transitions (off when the Flux webhook already reports them). */
  readyTransitions: boolean;
  inactivityTimeoutMs?: number;
  pageSize?: number;
  onError?(error: unknown): void;
}

export interface ClusterWatch {
  reflectors: Reflector<{ metadata?: { uid?: string } }>[];
  stop(): void;
}

export async function watchCluster(cluster: FluxCluster, options: ClusterWatchOptions): Promise<ClusterWatch> {
  const kc = cluster.kubeConfig;
  const core = kc.makeApiClient(CoreV1Api);
  const custom = kc.makeApiClient(CustomObjectsApi);
  const name = options.target.clusterName;
  const limit = options.pageSize ?? 500;
  const common = { kubeConfig: kc, inactivityTimeoutMs: options.inactivityTimeoutMs, onError: options.onError };
  const emit = (event: Parameters<ClusterEventPort['onEvent']>[0]) => {
    Promise.resolve(options.port.onEvent(event)).catch((error: unknown) => options.onError?.(error));
  };

  const restarts: RestartMemo = new Map();
  // Set once the watch is running (see lookForFlux below); pod changes before that need no look.
  let podChanged = () => {};
  const reportRestart = async (restart: PodRestart) => {
    let details = restart.details;
    if (!restart.oomKilled) {
      if (details.controller !== 'helm-controller') return;
      const log = await cluster.log(details.pod, details.container, { previous: true, tail: 200 }).catch(() => '');
      if (!hasOomWatchShutdown(log)) return;
      details = { ...details, cause: 'OOMWatch' };
    }
    emit({
      cluster: name.toLowerCase(),
      kind: 'Deployment',
      namespace: cluster.fluxNamespace,
      name: details.controller,
      severity: 'error',
      reason: details.cause === 'OOMKilled' ? 'OOMKilled' : 'OOMWatchShutdown',
      message: oomMessage(details),
      note: oomNote(details),
      time: details.lastExit ?? new Date().toISOString(),
      health: 'failing',
      source: 'cluster',
      fields: oomFields(details),
      actions: oomActions(details, options.target),
    });
  };
  const pods = new Reflector<V1Pod>({
    ...common,
    path: `/api/v1/namespaces/${cluster.fluxNamespace}/pods`,
    list: (token) => core.listNamespacedPod({ namespace: cluster.fluxNamespace, limit, _continue: token }),
    onChange: (type, pod) => {
      if (type === 'DELETED') return forgetPod(pod, restarts);
      podChanged();
      for (const restart of podRestarts(pod, restarts)) void reportRestart(restart);
    },
  });

  const since = new Date(Date.now() - 1000);
  const events = new Reflector<CoreV1Event>({
    ...common,
    path: '/api/v1/events',
    list: (token) => core.listEventForAllNamespaces({ limit, _continue: token }),
    onChange: (type, event) => {
      if (type === 'DELETED') return;
      const drift = driftEvent(name, event, since);
      if (drift) emit(drift);
    },
  });

  const reflectors: Reflector<{ metadata?: { uid?: string } }>[] = [pods, events] as never[];
  const memo: ReadyMemo = new Map();
  const readyWatched = new Set<string>();
  let stopped = false;
  /** Starts a Ready reflector for every Flux kind the cluster serves that has none yet. */
  const watchReadyKinds = async (): Promise<void> => {
    const started: Promise<void>[] = [];
    for (const [kind, version] of await cluster.fluxVersions()) {
      if (readyWatched.has(kind)) continue;
      readyWatched.add(kind);
      const { group, plural } = fluxKind(kind);
      const reflector = new Reflector<FluxObject>({
        ...common,
        path: `/apis/${group}/${version}/${plural}`,
        list: (token) =>
          custom.listClusterCustomObject({ group, version, plural, limit, _continue: token }) as Promise<never>,
        onChange: (type, object) => {
          if (type === 'DELETED') return void memo.delete(object.metadata.uid ?? '');
          const transition = readyTransition(name, kind, object, memo);
          if (transition) emit(transition);
        },
      });
      reflectors.push(reflector as never);
      if (stopped) reflector.stop();
      else started.push(reflector.start());
    }
    await Promise.all(started);
  };
  // Flux may be installed after the watch began (sandbox: `flux create` installs microsoft.flux):
  // while no Flux kind is watched, a flux-system pod appearing or changing means "look again".
  let rediscovery: Promise<void> = Promise.resolve();
  const lookForFlux = () => {
    if (!options.readyTransitions || readyWatched.size > 0) return;
    rediscovery = rediscovery
      .then(() => {
        cluster.rediscover();
        return watchReadyKinds();
      })
      .catch((error: unknown) => options.onError?.(error));
  };
  await Promise.all([pods.start(), events.start(), options.readyTransitions ? watchReadyKinds() : undefined]);
  podChanged = lookForFlux;
  return {
    reflectors,
    stop: () => {
      stopped = true;
      for (const reflector of reflectors) reflector.stop();
    },
  };
}
