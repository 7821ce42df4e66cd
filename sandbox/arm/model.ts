// REST shapes of Microsoft.KubernetesConfiguration 2023-05-01 as the stand-in stores and returns them.
// Kept separate from the SDK's models on purpose: the SDK turns timestamps into Dates and renames nothing,
// but the stand-in must speak the wire format (ISO strings, nulls) exactly.

export const API_VERSION = '2023-05-01';
export const PROVIDER_NAMESPACE = 'Microsoft.KubernetesConfiguration';
export const FLUX_EXTENSION_TYPE = 'microsoft.flux';

export type JsonObject = Record<string, unknown>;
type ProvisioningState = 'Succeeded' | 'Failed' | 'Canceled' | 'Creating' | 'Updating' | 'Deleting';
type ComplianceState = 'Compliant' | 'Non-Compliant' | 'Pending' | 'Suspended' | 'Unknown';
export type ResourceCollection = 'extensions' | 'fluxConfigurations';

export interface SandboxCluster {
  subscriptionId: string;
  resourceGroup: string;
  /** e.g. Microsoft.Kubernetes, Microsoft.ContainerService, Microsoft.HybridContainerService */
  clusterRp: string;
  /** e.g. connectedClusters, managedClusters, provisionedClusters */
  clusterType: string;
  name: string;
  location: string;
  /** AKS: `servicePrincipalProfile.clientId`; `msi` (the default) for a managed-identity cluster. */
  servicePrincipalClientId?: string;
  /** Arc: `properties.distribution` (e.g. `openshift`); default `generic`. */
  distribution?: string;
}

export interface SystemData {
  createdBy: string;
  createdByType: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
  createdAt: string;
  lastModifiedBy: string;
  lastModifiedByType: 'User' | 'Application' | 'ManagedIdentity' | 'Key';
  lastModifiedAt: string;
}

export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
  details?: ErrorDetail[];
}

interface ExtensionStatus {
  code: string;
  displayStatus: string;
  level: 'Error' | 'Warning' | 'Information';
  message: string;
  time: string;
}

export interface ExtensionProperties {
  extensionType: string;
  autoUpgradeMinorVersion: boolean;
  releaseTrain: string;
  version: string | null;
  scope: { cluster: { releaseNamespace: string } } | { namespace: { targetNamespace: string } };
  configurationSettings: Record<string, string>;
  provisioningState: ProvisioningState;
  currentVersion: string | null;
  statuses: ExtensionStatus[];
  errorInfo: ErrorDetail | null;
  isSystemExtension: boolean;
}

export interface ExtensionResource {
  id: string;
  name: string;
  type: 'Microsoft.KubernetesConfiguration/extensions';
  identity?: { type: 'SystemAssigned'; principalId: string; tenantId: string };
  systemData: SystemData;
  properties: ExtensionProperties;
}

interface RepositoryRef {
  branch: string | null;
  tag: string | null;
  semver: string | null;
  commit: string | null;
}

export interface GitRepositoryDefinition extends JsonObject {
  url: string;
  timeoutInSeconds: number;
  syncIntervalInSeconds: number;
  repositoryRef: RepositoryRef;
}

export interface KustomizationDefinition {
  name: string;
  path: string;
  dependsOn: string[];
  timeoutInSeconds: number;
  syncIntervalInSeconds: number;
  retryIntervalInSeconds: number | null;
  prune: boolean;
  force: boolean;
  wait: boolean;
  postBuild: JsonObject | null;
}

export interface StatusCondition {
  lastTransitionTime: string;
  message: string;
  reason: string;
  status: 'True' | 'False' | 'Unknown';
  type: string;
}

/** One Flux object the configuration produced in the cluster (`statuses[]`). */
export interface ObjectStatus {
  name: string;
  namespace: string;
  kind: string;
  complianceState: ComplianceState;
  appliedBy: { name: string; namespace: string } | null;
  statusConditions: StatusCondition[];
  helmReleaseProperties: {
    lastRevisionApplied: number;
    helmChartRef: { name: string; namespace: string };
    failureCount: number;
    installFailureCount: number;
    upgradeFailureCount: number;
  } | null;
}

export type SourceKind = 'GitRepository' | 'Bucket' | 'AzureBlob';

/** The user-settable part of a configuration (what PUT sends and PATCH merges into). */
export interface FluxConfigurationSpec {
  scope: 'cluster' | 'namespace';
  namespace: string;
  sourceKind: SourceKind;
  suspend: boolean;
  gitRepository: GitRepositoryDefinition | null;
  bucket: JsonObject | null;
  azureBlob: JsonObject | null;
  kustomizations: Record<string, KustomizationDefinition>;
  waitForReconciliation: boolean | null;
  reconciliationWaitDuration: string | null;
}

interface FluxConfigurationProperties extends FluxConfigurationSpec {
  statuses: ObjectStatus[];
  repositoryPublicKey: string | null;
  sourceSyncedCommitId: string | null;
  sourceUpdatedAt: string | null;
  statusUpdatedAt: string | null;
  complianceState: ComplianceState;
  provisioningState: ProvisioningState;
  errorMessage: string | null;
}

export interface FluxConfigurationResource {
  id: string;
  name: string;
  type: 'Microsoft.KubernetesConfiguration/fluxConfigurations';
  systemData: SystemData;
  properties: FluxConfigurationProperties;
}

type OperationStatusValue = 'Running' | 'Succeeded' | 'Failed';

export interface OperationStatusResource {
  id: string;
  name: string;
  status: OperationStatusValue;
  startTime: string;
  endTime?: string;
  properties: Record<string, string>;
  error?: ErrorDetail;
}

/** ARM resource id of a cluster: `/subscriptions/…/providers/{rp}/{type}/{name}`. */
function clusterResourceId(cluster: SandboxCluster): string {
  return `/subscriptions/${cluster.subscriptionId}/resourceGroups/${cluster.resourceGroup}/providers/${cluster.clusterRp}/${cluster.clusterType}/${cluster.name}`;
}

export function childResourceId(cluster: SandboxCluster, collection: ResourceCollection, name: string): string {
  return `${clusterResourceId(cluster)}/providers/${PROVIDER_NAMESPACE}/${collection}/${name}`;
}
