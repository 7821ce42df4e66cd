/**
 * JSON shapes of the ARM request bodies (api-version 2023-05-01), as local interfaces so the body builders
 * need no SDK import. Field names follow `fluxconfiguration.json` / `extensions.json` exactly;
 * `null` is meaningful in PATCH bodies (it clears a field or deletes a kustomization).
 */
export interface RepositoryRefBody {
  branch?: string | null;
  tag?: string | null;
  semver?: string | null;
  commit?: string | null;
}

export interface GitRepositoryBody {
  url?: string;
  timeoutInSeconds?: number;
  syncIntervalInSeconds?: number;
  repositoryRef?: RepositoryRefBody;
  sshKnownHosts?: string;
  httpsUser?: string;
  httpsCACert?: string;
  localAuthRef?: string;
}

export interface BucketBody {
  url?: string;
  bucketName?: string;
  insecure?: boolean;
  timeoutInSeconds?: number;
  syncIntervalInSeconds?: number;
  accessKey?: string;
  localAuthRef?: string;
}

interface ServicePrincipalBody {
  clientId?: string;
  tenantId?: string;
  clientSecret?: string;
  clientCertificate?: string;
  clientCertificatePassword?: string;
  clientCertificateSendChain?: boolean;
}

export interface AzureBlobBody {
  url?: string;
  containerName?: string;
  timeoutInSeconds?: number;
  syncIntervalInSeconds?: number;
  servicePrincipal?: ServicePrincipalBody;
  accountKey?: string;
  sasToken?: string;
  managedIdentity?: { clientId?: string };
  localAuthRef?: string;
}

export interface KustomizationBody {
  path?: string;
  dependsOn?: string[];
  timeoutInSeconds?: number;
  syncIntervalInSeconds?: number;
  retryIntervalInSeconds?: number;
  prune?: boolean;
  force?: boolean;
  wait?: boolean;
}

export type SourceKindBody = 'GitRepository' | 'Bucket' | 'AzureBlob';

export interface FluxConfigurationBody {
  properties: {
    scope: 'cluster' | 'namespace';
    namespace: string;
    sourceKind: SourceKindBody;
    suspend: boolean;
    gitRepository?: GitRepositoryBody;
    bucket?: BucketBody;
    azureBlob?: AzureBlobBody;
    kustomizations: Record<string, KustomizationBody>;
    configurationProtectedSettings?: Record<string, string>;
  };
}

export interface FluxConfigurationPatchBody {
  properties: {
    sourceKind?: SourceKindBody;
    suspend?: boolean;
    gitRepository?: GitRepositoryBody | Record<string, never>;
    bucket?: BucketBody | Record<string, never>;
    azureBlob?: AzureBlobBody | Record<string, never>;
    kustomizations?: Record<string, KustomizationBody | null>;
    configurationProtectedSettings?: Record<string, string>;
  };
}

export interface ExtensionBody {
  identity?: { type: 'SystemAssigned' };
  properties: {
    extensionType: string;
    autoUpgradeMinorVersion: boolean;
    /** Only with autoUpgradeMinorVersion true. */
    releaseTrain?: string;
    version?: string;
    scope: { cluster: { releaseNamespace: string } };
    configurationSettings?: Record<string, string>;
    configurationProtectedSettings?: Record<string, string>;
  };
}

export interface PatchExtensionBody {
  properties: {
    autoUpgradeMinorVersion?: boolean;
    releaseTrain?: string;
    version?: string;
    configurationSettings?: Record<string, string>;
    configurationProtectedSettings?: Record<string, string>;
  };
}
