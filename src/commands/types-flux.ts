// Shapes the `k8s-configuration flux …` kinds compose: a configuration's source and a kustomization.
import type { SecretValue } from './types.ts';

export type SourceKind = 'git' | 'bucket' | 'azblob';
export type FluxScope = 'cluster' | 'namespace';

/** Exactly one ref on create; on update the given one (the others are sent as null). */
interface GitRef {
  branch?: string;
  tag?: string;
  semver?: string;
  commit?: string;
}

/** Source flags as given; on create the builder has checked the required ones. */
export interface FluxSource {
  kind: SourceKind;
  url?: string;
  timeoutSeconds?: number;
  syncIntervalSeconds?: number;
  localAuthRef?: string;
  // git
  ref?: GitRef;
  httpsUser?: string;
  httpsKey?: SecretValue;
  sshPrivateKey?: SecretValue;
  /** base64 */
  knownHosts?: string;
  /** base64 */
  httpsCaCert?: string;
  // bucket
  bucketName?: string;
  bucketAccessKey?: string;
  bucketSecretKey?: SecretValue;
  bucketInsecure?: boolean;
  // azblob
  containerName?: string;
  spClientId?: string;
  spTenantId?: string;
  spClientSecret?: SecretValue;
  spClientCert?: SecretValue;
  spCertPassword?: SecretValue;
  spCertSendChain?: boolean;
  accountKey?: SecretValue;
  sasToken?: SecretValue;
  miClientId?: string;
}

/** One `-k name=… path=…` group or one `flux kustomization create|update`; only given fields are set. */
export interface KustomizationSpec {
  name: string;
  path?: string;
  dependsOn?: string[];
  timeoutSeconds?: number;
  syncIntervalSeconds?: number;
  retryIntervalSeconds?: number;
  prune?: boolean;
  force?: boolean;
  disableHealthCheck?: boolean;
}
