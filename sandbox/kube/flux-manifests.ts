// The Flux objects as the cluster holds them, built from what ARM reports for a configuration
// (`statuses[]`): spec fields the commands read (suspend, sourceRef, chart) and status fields
// `flux get` shows (artifact revision, lastAppliedRevision, HelmRelease history).

import { sourceRevision } from '../arm/flux-objects.ts';
import type { FluxConfigurationResource, ObjectStatus, StatusCondition } from '../arm/model.ts';
import type { JsonMap, KubeObject, UnsavedObject } from './kube-object.ts';

export const CONFIG_LABEL = 'sandbox.fluxops.io/configuration';

/** Chart versions the sandbox plays for the tutorial's releases (chart name, repository, version). */
const TUTORIAL_CHARTS: Record<string, { chart: string; repository: string; version: string; target: string }> = {
  nginx: { chart: 'nginx-ingress-controller', repository: 'bitnami', version: '9.3.22', target: 'nginx' },
  redis: { chart: 'redis', repository: 'bitnami', version: '17.3.7', target: 'redis' },
  podinfo: { chart: 'podinfo', repository: 'podinfo', version: '6.3.5', target: 'podinfo' },
};

const REPOSITORY_URLS: Record<string, string> = {
  bitnami: 'https://charts.bitnami.com/bitnami',
  podinfo: 'https://stefanprodan.github.io/podinfo',
};

type Unsaved = UnsavedObject;

function meta(config: FluxConfigurationResource, name: string, namespace: string): Partial<KubeObject['metadata']> {
  return { name, namespace, labels: { [CONFIG_LABEL]: config.name }, annotations: {} };
}

function conditions(ready: StatusCondition | undefined, at: string): JsonMap[] {
  const condition = ready ?? {
    type: 'Ready',
    status: 'Unknown',
    reason: 'Progressing',
    message: 'reconciliation in progress',
    lastTransitionTime: at,
  };
  return [{ ...condition, type: 'Ready', observedGeneration: 1 }];
}

/** The HelmRepositories the tutorial's infrastructure kustomization creates for its releases. */
export function helmRepositoriesFor(config: FluxConfigurationResource, releases: string[], at: string): Unsaved[] {
  const names = [...new Set(releases.map((r) => TUTORIAL_CHARTS[r]?.repository).filter((n): n is string => !!n))];
  return names.map((name) => ({
    apiVersion: '',
    kind: 'HelmRepository',
    metadata: meta(config, name, config.properties.namespace),
    spec: { url: REPOSITORY_URLS[name] ?? '', interval: '1h0m0s' },
    status: {
      observedGeneration: 1,
      artifact: { revision: `sha256:${name.padEnd(8, '0')}5b2a9c1e`, lastUpdateTime: at },
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'Succeeded',
          message: `stored artifact: revision 'sha256:${name}'`,
          lastTransitionTime: at,
          observedGeneration: 1,
        },
      ],
    },
  }));
}

export function fluxObjectFor(config: FluxConfigurationResource, status: ObjectStatus, at: string): Unsaved {
  const ready = status.statusConditions.find((c) => c.type === 'Ready');
  const readyNow = ready?.status === 'True';
  const { revision, url } = sourceRevision(config);
  const base = { apiVersion: '', kind: status.kind, metadata: meta(config, status.name, status.namespace) };
  if (status.kind === 'GitRepository' || status.kind === 'Bucket') {
    return {
      ...base,
      spec: { url, interval: `${config.properties.gitRepository?.syncIntervalInSeconds ?? 600}s`, suspend: false },
      status: {
        observedGeneration: 1,
        ...(readyNow ? { artifact: { revision, lastUpdateTime: at } } : {}),
        conditions: conditions(ready, at),
      },
    };
  }
  if (status.kind === 'Kustomization') {
    const short = status.name.slice(config.name.length + 1);
    const definition = config.properties.kustomizations[short];
    return {
      ...base,
      spec: {
        path: definition?.path ?? './',
        interval: `${definition?.syncIntervalInSeconds ?? 600}s`,
        prune: definition?.prune ?? false,
        sourceRef: {
          kind: config.properties.sourceKind === 'GitRepository' ? 'GitRepository' : 'Bucket',
          name: config.name,
        },
        suspend: false,
      },
      status: {
        observedGeneration: 1,
        ...(readyNow ? { lastAppliedRevision: revision, lastAttemptedRevision: revision } : {}),
        conditions: conditions(ready, at),
      },
    };
  }
  const chart = TUTORIAL_CHARTS[status.name] ?? {
    chart: status.name,
    repository: config.name,
    version: '0.1.0',
    target: status.namespace,
  };
  return {
    ...base,
    spec: {
      interval: '1m0s',
      targetNamespace: chart.target,
      chart: {
        spec: {
          chart: chart.chart,
          version: chart.version,
          sourceRef: { kind: 'HelmRepository', name: chart.repository },
        },
      },
      suspend: false,
    },
    status: {
      observedGeneration: 1,
      lastAttemptedRevision: chart.version,
      history: readyNow
        ? [{ chartName: chart.chart, chartVersion: chart.version, version: 1, status: 'deployed' }]
        : [],
      failures: 0,
      upgradeFailures: 0,
      installFailures: 0,
      conditions: conditions(ready && { ...ready, reason: readyNow ? 'InstallSucceeded' : ready.reason }, at),
    },
  };
}

export function chartOf(release: string) {
  return TUTORIAL_CHARTS[release];
}
