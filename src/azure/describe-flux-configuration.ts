import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { formatDurationSeconds } from '../platform/format-duration.ts';
import type { ReplyField, ReplyTable } from '../replies/reply.ts';

// What `flux show` and the end of `flux create` display: the configuration's source, state and
// kustomizations, plus the objects Flux reports in `statuses[]`.

function gitRef(config: FluxConfiguration): string | undefined {
  const ref = config.gitRepository?.repositoryRef;
  if (!ref) return undefined;
  if (ref.commit) return `commit ${ref.commit}`;
  if (ref.semver) return `semver ${ref.semver}`;
  if (ref.tag) return `tag ${ref.tag}`;
  if (ref.branch) return `branch ${ref.branch}`;
  return undefined;
}

export function fluxConfigurationFields(config: FluxConfiguration): ReplyField[] {
  const source = config.gitRepository ?? config.bucket ?? config.azureBlob;
  const fields: ReplyField[] = [
    { label: 'Compliance', value: config.complianceState ?? 'Unknown' },
    { label: 'Provisioning', value: config.provisioningState ?? 'Unknown' },
    { label: 'Namespace', value: `${config.namespace ?? 'default'} (scope ${config.scope ?? 'cluster'})` },
    { label: 'Source', value: `${config.sourceKind ?? 'GitRepository'} ${source?.url ?? ''}`.trim() },
  ];
  const ref = gitRef(config);
  if (ref) fields.push({ label: 'Ref', value: ref });
  if (config.sourceSyncedCommitId) fields.push({ label: 'Synced commit', value: config.sourceSyncedCommitId });
  if (config.suspend) fields.push({ label: 'Suspended', value: 'yes' });
  if (config.errorMessage) fields.push({ label: 'Error', value: config.errorMessage });
  if (config.repositoryPublicKey)
    fields.push({ label: 'Deploy key (add to the repo)', value: config.repositoryPublicKey });
  return fields;
}

export function kustomizationTable(config: FluxConfiguration): ReplyTable | undefined {
  const entries = Object.entries(config.kustomizations ?? {}).flatMap(([n, k]) => (k ? [[n, k] as const] : []));
  if (entries.length === 0) return undefined;
  return {
    title: 'Kustomizations',
    columns: ['NAME', 'PATH', 'DEPENDS ON', 'PRUNE', 'INTERVAL'],
    rows: entries.map(([name, k]) => [
      name,
      k.path ?? '',
      (k.dependsOn ?? []).join(',') || '-',
      String(k.prune ?? false),
      k.syncIntervalInSeconds ? formatDurationSeconds(k.syncIntervalInSeconds) : '-',
    ]),
  };
}

export function statusesTable(config: FluxConfiguration, onlyFailing = false): ReplyTable | undefined {
  const statuses = (config.statuses ?? []).flatMap((s) =>
    s && (!onlyFailing || s.complianceState === 'Non-Compliant') ? [s] : [],
  );
  if (statuses.length === 0) return undefined;
  return {
    title: onlyFailing ? 'Failing objects' : 'Objects',
    columns: ['KIND', 'NAMESPACE', 'NAME', 'COMPLIANCE', 'REASON', 'MESSAGE'],
    rows: statuses.map((s) => {
      const ready = s.statusConditions?.find((c) => c.type === 'Ready') ?? s.statusConditions?.[0];
      return [
        s.kind ?? '',
        s.namespace ?? '',
        s.name ?? '',
        s.complianceState ?? 'Unknown',
        ready?.reason ?? '',
        (ready?.message ?? '').slice(0, 200),
      ];
    }),
  };
}
