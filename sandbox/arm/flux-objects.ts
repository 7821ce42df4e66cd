// The Flux objects a configuration produces in the cluster, as `statuses[]` reports them (docs/upstream.md §5):
// the source named after the configuration, one Kustomization `<config>-<kustomization>` each, and, for the
// tutorial repository, the HelmReleases its manifests contain.
import { createHash } from 'node:crypto';
import type { FluxConfigurationResource, ObjectStatus, StatusCondition } from './model.ts';
import { isTutorialRepository, TUTORIAL_COMMIT, tutorialHelmReleases } from './tutorial-repo.ts';

export interface SourceRevision {
  /** e.g. `main/4f1bdad…` as in sourceSyncedCommitId and the Ready messages. */
  revision: string;
  url: string;
}

export function sourceRevision(config: FluxConfigurationResource): SourceRevision {
  const { properties } = config;
  const source = properties.gitRepository ?? properties.bucket ?? properties.azureBlob;
  const url = typeof source?.url === 'string' ? source.url : '';
  const ref = properties.gitRepository?.repositoryRef;
  const refName = ref?.branch ?? ref?.tag ?? ref?.semver ?? 'HEAD';
  const commit =
    ref?.commit ??
    (isTutorialRepository(url) && ref?.branch === 'main'
      ? TUTORIAL_COMMIT
      : createHash('sha1').update(`${url}#${refName}`).digest('hex'));
  return { revision: properties.sourceKind === 'GitRepository' ? `${refName}/${commit}` : `sha256:${commit}`, url };
}

function condition(status: StatusCondition['status'], reason: string, message: string, at: string): StatusCondition {
  return { lastTransitionTime: at, message, reason, status, type: 'Ready' };
}

/** Objects while the agent is still applying them: source and kustomizations only, Ready=Unknown. */
export function pendingObjects(config: FluxConfigurationResource, at: string): ObjectStatus[] {
  const progressing = condition('Unknown', 'Progressing', 'Reconciliation in progress', at);
  return [sourceObject(config, 'Pending', progressing), ...kustomizationObjects(config, 'Pending', progressing)];
}

/** Objects once everything is applied: Ready=True, plus the HelmReleases the kustomizations created. */
export function reconciledObjects(config: FluxConfigurationResource, at: string): ObjectStatus[] {
  const { revision } = sourceRevision(config);
  const namespace = config.properties.namespace;
  const fetched = condition('True', 'GitOperationSucceed', `Fetched revision: ${revision}`, at);
  const applied = condition('True', 'ReconciliationSucceeded', `Applied revision: ${revision}`, at);
  const helmReleases: ObjectStatus[] = [];
  if (isTutorialRepository(sourceRevision(config).url)) {
    for (const kustomization of Object.values(config.properties.kustomizations)) {
      for (const release of tutorialHelmReleases(kustomization.path)) {
        if (helmReleases.some((existing) => existing.name === release)) continue;
        helmReleases.push({
          name: release,
          namespace,
          kind: 'HelmRelease',
          complianceState: 'Compliant',
          appliedBy: { name: `${config.name}-${kustomization.name}`, namespace },
          statusConditions: [condition('True', 'ReconciliationSucceeded', 'Release reconciliation succeeded', at)],
          helmReleaseProperties: {
            lastRevisionApplied: 1,
            helmChartRef: { name: `${namespace}-${release}`, namespace },
            failureCount: 0,
            installFailureCount: 0,
            upgradeFailureCount: 0,
          },
        });
      }
    }
  }
  return [
    sourceObject(config, 'Compliant', fetched),
    ...kustomizationObjects(config, 'Compliant', applied),
    ...helmReleases,
  ];
}

function sourceObject(
  config: FluxConfigurationResource,
  complianceState: ObjectStatus['complianceState'],
  ready: StatusCondition,
): ObjectStatus {
  // Azure Blob sources become a Flux Bucket with provider azure.
  const kind = config.properties.sourceKind === 'GitRepository' ? 'GitRepository' : 'Bucket';
  return {
    name: config.name,
    namespace: config.properties.namespace,
    kind,
    complianceState,
    appliedBy: null,
    statusConditions: [ready],
    helmReleaseProperties: null,
  };
}

function kustomizationObjects(
  config: FluxConfigurationResource,
  complianceState: ObjectStatus['complianceState'],
  ready: StatusCondition,
): ObjectStatus[] {
  return Object.values(config.properties.kustomizations).map((kustomization) => ({
    name: `${config.name}-${kustomization.name}`,
    namespace: config.properties.namespace,
    kind: 'Kustomization',
    complianceState,
    appliedBy: null,
    statusConditions: [ready],
    helmReleaseProperties: null,
  }));
}
