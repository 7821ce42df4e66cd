import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { formatDurationSeconds } from '../platform/format-duration.ts';
import { type Locale, t } from '../replies/catalog/index.ts';
import type { ReplyField, ReplyTable } from '../replies/reply.ts';

// What `flux show` and the end of `flux create` display: the configuration's source, state and
// kustomizations, plus the objects Flux reports in `statuses[]`. Labels and headers are in the reader's
// language; Azure's values (Compliant, Succeeded, GitRepository), names and Flux reasons stay as they are.

function gitRef(locale: Locale, config: FluxConfiguration): string | undefined {
  const ref = config.gitRepository?.repositoryRef;
  if (!ref) return undefined;
  const [kind, value] = ref.commit
    ? ['commit', ref.commit]
    : ref.semver
      ? ['semver', ref.semver]
      : ref.tag
        ? ['tag', ref.tag]
        : ['branch', ref.branch];
  return value ? t(locale, 'handler.config.ref', { kind, value }) : undefined;
}

export function fluxConfigurationFields(config: FluxConfiguration, locale: Locale = 'en'): ReplyField[] {
  const source = config.gitRepository ?? config.bucket ?? config.azureBlob;
  const unknown = t(locale, 'handler.value.unknown');
  const fields: ReplyField[] = [
    { label: t(locale, 'handler.field.compliance'), value: config.complianceState ?? unknown },
    { label: t(locale, 'handler.field.provisioning'), value: config.provisioningState ?? unknown },
    {
      label: t(locale, 'handler.field.namespace'),
      value: t(locale, 'handler.config.namespaceScope', {
        namespace: config.namespace ?? 'default',
        scope: config.scope ?? 'cluster',
      }),
    },
    {
      label: t(locale, 'handler.field.source'),
      value: `${config.sourceKind ?? 'GitRepository'} ${source?.url ?? ''}`.trim(),
    },
  ];
  const ref = gitRef(locale, config);
  if (ref) fields.push({ label: t(locale, 'handler.field.ref'), value: ref });
  if (config.sourceSyncedCommitId)
    fields.push({ label: t(locale, 'handler.field.syncedCommit'), value: config.sourceSyncedCommitId });
  if (config.suspend)
    fields.push({ label: t(locale, 'handler.field.suspended'), value: t(locale, 'handler.value.yes') });
  if (config.errorMessage) fields.push({ label: t(locale, 'handler.field.error'), value: config.errorMessage });
  if (config.repositoryPublicKey)
    fields.push({ label: t(locale, 'handler.field.deployKey'), value: config.repositoryPublicKey });
  return fields;
}

export function kustomizationTable(config: FluxConfiguration, locale: Locale = 'en'): ReplyTable | undefined {
  const entries = Object.entries(config.kustomizations ?? {}).flatMap(([n, k]) => (k ? [[n, k] as const] : []));
  if (entries.length === 0) return undefined;
  return {
    title: t(locale, 'handler.table.kustomizations'),
    columns: [
      t(locale, 'handler.column.name'),
      t(locale, 'handler.column.path'),
      t(locale, 'handler.column.dependsOn'),
      t(locale, 'handler.column.prune'),
      t(locale, 'handler.column.interval'),
    ],
    rows: entries.map(([name, k]) => [
      name,
      k.path ?? '',
      (k.dependsOn ?? []).join(',') || '-',
      String(k.prune ?? false),
      k.syncIntervalInSeconds ? formatDurationSeconds(k.syncIntervalInSeconds) : '-',
    ]),
  };
}

/** The columns of a table of `statuses[]` objects. */
function objectColumns(locale: Locale): string[] {
  return [
    t(locale, 'handler.column.kind'),
    t(locale, 'handler.column.namespace'),
    t(locale, 'handler.column.name'),
    t(locale, 'handler.column.compliance'),
    t(locale, 'handler.column.reason'),
    t(locale, 'handler.column.message'),
  ];
}

export function statusesTable(
  config: FluxConfiguration,
  onlyFailing = false,
  locale: Locale = 'en',
): ReplyTable | undefined {
  const statuses = (config.statuses ?? []).flatMap((s) =>
    s && (!onlyFailing || s.complianceState === 'Non-Compliant') ? [s] : [],
  );
  if (statuses.length === 0) return undefined;
  return {
    title: t(locale, onlyFailing ? 'handler.table.failingObjects' : 'handler.table.objects'),
    columns: objectColumns(locale),
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
