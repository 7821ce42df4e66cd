// microsoft.flux versions and the `--config` (configurationSettings) keys each version understands,
// from the extension release history (docs/upstream.md §4.1). The stand-in uses this to reject settings an
// installed version would not know, so version gates can be demonstrated.
import type { ValidationProblem } from './errors.ts';

export const LATEST_FLUX_VERSION = '1.24.1';
/** 1.0.0 introduced multi-tenancy and is the oldest version the docs still describe. */
const OLDEST_FLUX_VERSION = '1.0.0';

function isVersion(text: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(text);
}

export function compareVersions(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < 3; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A pinnable version must look like one and exist (≥ 1.0.0, ≤ the newest release the sandbox knows). */
export function isKnownFluxVersion(version: string): boolean {
  return (
    isVersion(version) &&
    compareVersions(version, OLDEST_FLUX_VERSION) >= 0 &&
    compareVersions(version, LATEST_FLUX_VERSION) <= 0
  );
}

const FLUX_CONTROLLERS = '(source|kustomize|helm|notification|image-automation|image-reflector)-controller';
const BOOLEAN = /^(true|false)$/;
const DURATION = /^\d+(ms|s|m|h)$/;
const QUANTITY = /^\d+(\.\d+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/;
const INTEGER = /^\d+$/;

interface SettingRule {
  key: RegExp;
  /** First version that understands the key; may depend on the cluster type (workload identity). */
  since: string | ((clusterType: string) => string);
  value?: RegExp;
  valueHint?: string;
  managedClustersOnly?: boolean;
}

const SETTING_RULES: readonly SettingRule[] = [
  { key: new RegExp(`^${FLUX_CONTROLLERS}\\.enabled$`), since: '1.0.0', value: BOOLEAN, valueHint: 'true or false' },
  { key: /^multiTenancy\.enforce$/, since: '1.0.0', value: BOOLEAN, valueHint: 'true or false' },
  { key: /^useKubeletIdentity$/, since: '1.6.1', value: BOOLEAN, valueHint: 'true', managedClustersOnly: true },
  { key: /^helm-controller\.detectDrift$/, since: '1.7.5', value: BOOLEAN, valueHint: 'true or false' },
  { key: /^helm-controller\.outOfMemoryWatch\.enabled$/, since: '1.7.5', value: BOOLEAN, valueHint: 'true or false' },
  {
    key: /^helm-controller\.outOfMemoryWatch\.memoryThreshold$/,
    since: '1.7.5',
    value: INTEGER,
    valueHint: 'a percentage',
  },
  {
    key: /^helm-controller\.outOfMemoryWatch\.interval$/,
    since: '1.7.5',
    value: DURATION,
    valueHint: 'a duration like 700ms',
  },
  {
    key: new RegExp(`^${FLUX_CONTROLLERS}\\.log-level$`),
    since: '1.8.3',
    value: /^(debug|info|error)$/,
    valueHint: 'debug, info or error',
  },
  {
    key: /^fluxconfig-(agent|controller)\.log-level$/,
    since: '1.9.1',
    value: /^(info|error)$/,
    valueHint: 'info or error',
  },
  { key: /^(source|image-automation)-controller\.ssh-host-key-args$/, since: '1.9.1' },
  { key: /^setKubeServiceHostFqdn$/, since: '1.11.1', value: BOOLEAN, valueHint: 'true or false' },
  {
    key: new RegExp(`^${FLUX_CONTROLLERS}\\.resources\\.(limits\\.(memory|cpu)|requests\\.memory)$`),
    since: '1.12.0',
    value: QUANTITY,
    valueHint: 'a Kubernetes quantity like 2Gi or 2000m',
  },
  { key: /^kustomize-controller\.concurrent$/, since: '1.12.0', value: INTEGER, valueHint: 'a whole number' },
  {
    key: /^kustomize-controller\.requeue-dependency$/,
    since: '1.12.0',
    value: DURATION,
    valueHint: 'a duration like 50s',
  },
  {
    key: /^kustomize-controller\.enable-in-memory-build$/,
    since: '1.12.0',
    value: BOOLEAN,
    valueHint: 'true or false',
  },
  {
    key: /^kustomize-controller\.strict-substitution-mode$/,
    since: '1.13.1',
    value: BOOLEAN,
    valueHint: 'true or false',
  },
  {
    key: /^workloadIdentity\.(enable|azureClientId)$/,
    // AKS got workload identity in 1.7.8; Arc clusters only in 1.15.1.
    since: (clusterType) => (clusterType.toLowerCase() === 'managedclusters' ? '1.7.8' : '1.15.1'),
  },
  { key: /^workloadIdentity\.azureTenantId$/, since: '1.16.1' },
];

/**
 * Checks microsoft.flux configurationSettings against the version that will run them.
 * Keys not in the table are rejected too: the sandbox prefers catching a typo to silently ignoring it.
 */
export function checkFluxSettings(
  settings: Record<string, string>,
  version: string,
  clusterType: string,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const [key, value] of Object.entries(settings)) {
    const target = `properties.configurationSettings['${key}']`;
    const rule = SETTING_RULES.find((candidate) => candidate.key.test(key));
    if (!rule) {
      problems.push({
        target,
        code: 'UnknownConfigurationSetting',
        message: `Configuration setting '${key}' is not supported by extension type 'microsoft.flux'.`,
      });
      continue;
    }
    const since = typeof rule.since === 'function' ? rule.since(clusterType) : rule.since;
    if (compareVersions(version, since) < 0) {
      problems.push({
        target,
        code: 'ConfigurationSettingNotSupportedByVersion',
        message: `Configuration setting '${key}' requires microsoft.flux version ${since} or later; the extension version is ${version}.`,
      });
    } else if (rule.managedClustersOnly && clusterType.toLowerCase() !== 'managedclusters') {
      problems.push({
        target,
        code: 'InvalidConfigurationSetting',
        message: `Configuration setting '${key}' is only supported on AKS clusters (managedClusters).`,
      });
    } else if (rule.value && !rule.value.test(value)) {
      problems.push({
        target,
        code: 'InvalidConfigurationSettingValue',
        message: `Configuration setting '${key}' has value '${value}'; expected ${rule.valueHint}.`,
      });
    }
  }
  return problems;
}
