import type { ClusterTarget } from '../commands/types.ts';
import { compareVersions } from './flux-version.ts';

/**
 * The first microsoft.flux version that understands each `--config` key (docs/upstream.md §4.1, from the
 * extension release history). A key the installed version is too old for would be ignored or
 * rejected by Azure; we refuse it first and say which version is needed and how to get there.
 */
interface SettingGate {
  key: RegExp;
  /** AKS and Arc got some keys in different releases (workload identity). */
  since: (clusterType: ClusterTarget['clusterType']) => string;
  note?: string;
}

const CONTROLLERS = '(source|kustomize|helm|notification|image-automation|image-reflector)-controller';
const always = (version: string) => () => version;

const GATES: readonly SettingGate[] = [
  { key: new RegExp(`^${CONTROLLERS}\\.enabled$`), since: always('1.0.0') },
  { key: /^multiTenancy\.enforce$/, since: always('1.0.0') },
  { key: /^useKubeletIdentity$/, since: always('1.6.1') },
  { key: /^helm-controller\.detectDrift$/, since: always('1.7.5') },
  { key: /^helm-controller\.outOfMemoryWatch\.(enabled|memoryThreshold|interval)$/, since: always('1.7.5') },
  { key: new RegExp(`^${CONTROLLERS}\\.log-level$`), since: always('1.8.3') },
  { key: /^fluxconfig-(agent|controller)\.log-level$/, since: always('1.9.1') },
  { key: /^(source|image-automation)-controller\.ssh-host-key-args$/, since: always('1.9.1') },
  { key: /^setKubeServiceHostFqdn$/, since: always('1.11.1') },
  {
    key: new RegExp(`^${CONTROLLERS}\\.resources\\.(limits\\.(memory|cpu)|requests\\.memory)$`),
    since: always('1.12.0'),
  },
  { key: /^kustomize-controller\.(concurrent|requeue-dependency|enable-in-memory-build)$/, since: always('1.12.0') },
  { key: /^kustomize-controller\.strict-substitution-mode$/, since: always('1.13.1') },
  {
    key: /^workloadIdentity\.(enable|azureClientId)$/,
    // AKS got workload identity in 1.7.8; Arc-enabled clusters only in 1.15.1.
    since: (clusterType) => (clusterType === 'managedClusters' ? '1.7.8' : '1.15.1'),
  },
  { key: /^workloadIdentity\.azureTenantId$/, since: always('1.16.1') },
];

/** The version that introduced `key`, or undefined for keys fluxops has no record of. */
export function minimumVersionFor(key: string, clusterType: ClusterTarget['clusterType']): string | undefined {
  return GATES.find((gate) => gate.key.test(key))?.since(clusterType);
}

interface SettingGateRefusal {
  key: string;
  minimumVersion: string;
}

export interface SettingGateResult {
  refused: SettingGateRefusal[];
  /** Keys not in the table: sent as given (Azure has the last word), with a warning. */
  unknown: string[];
  /** The highest version any refused key needs; the upgrade target. */
  requiredVersion?: string;
}

export function checkSettingGates(
  keys: readonly string[],
  installedVersion: string,
  clusterType: ClusterTarget['clusterType'],
): SettingGateResult {
  const refused: SettingGateRefusal[] = [];
  const unknown: string[] = [];
  for (const key of keys) {
    const minimumVersion = minimumVersionFor(key, clusterType);
    if (minimumVersion === undefined) unknown.push(key);
    else if (compareVersions(installedVersion, minimumVersion) < 0) refused.push({ key, minimumVersion });
  }
  const requiredVersion = refused
    .map((r) => r.minimumVersion)
    .sort(compareVersions)
    .at(-1);
  return { refused, unknown, requiredVersion };
}
