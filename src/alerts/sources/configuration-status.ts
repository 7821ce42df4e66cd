import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';

/**
 * One fluxConfiguration's reported state, in a shape both readers produce: the ARM SDK (per-cluster
 * polling, Dates and flattened properties) and Resource Graph (fleet polling, raw wire JSON).
 */
interface ObjectCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  /** ISO 8601, as the controller set it (the cluster's clock). */
  lastTransitionTime?: string;
}

export interface ObjectStatusSummary {
  kind: string;
  namespace: string;
  name: string;
  complianceState?: string;
  conditions: ObjectCondition[];
}

export interface ConfigurationStatus {
  /** Lower-case cluster name. */
  cluster: string;
  config: string;
  namespace: string;
  complianceState?: string;
  revision?: string;
  errorMessage?: string;
  /** ISO 8601: when the cluster's agent last reported `statuses[]`. */
  statusUpdatedAt?: string;
  objects: ObjectStatusSummary[];
}

interface WireCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  /** A Date from the SDK, a string from Resource Graph. */
  lastTransitionTime?: Date | string | null;
}

interface WireObject {
  kind?: string;
  namespace?: string;
  name?: string;
  complianceState?: string;
  statusConditions?: WireCondition[];
}

interface WireProperties {
  namespace?: string;
  complianceState?: string;
  sourceSyncedCommitId?: string | null;
  errorMessage?: string | null;
  statusUpdatedAt?: Date | string | null;
  statuses?: WireObject[] | null;
}

/** A time from either reader as ISO 8601, or undefined when absent or unreadable. */
function isoTime(value: Date | string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function summarize(cluster: string, config: string, properties: WireProperties): ConfigurationStatus {
  return {
    cluster: cluster.toLowerCase(),
    config,
    namespace: properties.namespace ?? 'default',
    complianceState: properties.complianceState,
    revision: properties.sourceSyncedCommitId ?? undefined,
    errorMessage: properties.errorMessage || undefined,
    statusUpdatedAt: isoTime(properties.statusUpdatedAt),
    objects: (properties.statuses ?? [])
      .filter((object) => object.kind && object.name)
      .map((object) => ({
        kind: object.kind as string,
        namespace: object.namespace ?? properties.namespace ?? 'default',
        name: object.name as string,
        complianceState: object.complianceState,
        conditions: (object.statusConditions ?? []).map((condition) => ({
          type: condition.type ?? '',
          status: condition.status ?? 'Unknown',
          reason: condition.reason,
          message: condition.message,
          lastTransitionTime: isoTime(condition.lastTransitionTime),
        })),
      })),
  };
}

export function fromSdkConfiguration(cluster: string, configuration: FluxConfiguration): ConfigurationStatus {
  return summarize(cluster, configuration.name ?? '', configuration as WireProperties);
}

/** A Resource Graph row of kubernetesconfigurationresources: `id` names the cluster, `properties` is wire JSON. */
export function fromResourceGraphRow(row: {
  id?: string;
  name?: string;
  properties?: unknown;
}): ConfigurationStatus | undefined {
  // …/providers/{rp}/{clusterType}/{cluster}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/{name}
  const match =
    /\/providers\/[^/]+\/[^/]+\/([^/]+)\/providers\/Microsoft\.KubernetesConfiguration\/fluxConfigurations\/([^/]+)$/i.exec(
      row.id ?? '',
    );
  if (!match?.[1] || !match[2]) return undefined;
  return summarize(match[1], row.name ?? match[2], (row.properties ?? {}) as WireProperties);
}
