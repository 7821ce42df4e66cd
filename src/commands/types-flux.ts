/**
 * Commands of `az k8s-configuration flux …` (fluxConfigurations, kustomizations, deployed objects).
 */
import type { ClusterTarget, CommandBase, SecretValue } from './types.ts';

export type SourceKind = 'git' | 'bucket' | 'azblob';
export type FluxScope = 'cluster' | 'namespace';

/** Exactly one ref on create; on update the given one (the others are sent as null). */
export interface GitRef {
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

interface FluxBase extends CommandBase {
  target: ClusterTarget;
}

export interface FluxCreateCommand extends FluxBase {
  kind: 'flux.create';
  name: string;
  scope: FluxScope;
  namespace: string;
  source: FluxSource;
  suspend: boolean;
  /** Never empty: without -k the CLI's default `kustomization-1` is added (with a warning). */
  kustomizations: KustomizationSpec[];
}

export interface FluxUpdateCommand extends FluxBase {
  kind: 'flux.update';
  name: string;
  /** Undefined when no source flag was given. `kindChanged` is true when --kind was given. */
  source?: FluxSource & { kindChanged: boolean };
  suspend?: boolean;
  kustomizations: KustomizationSpec[];
}

export interface FluxShowCommand extends FluxBase {
  kind: 'flux.show';
  name: string;
}

export interface FluxListCommand extends FluxBase {
  kind: 'flux.list';
}

export interface FluxDeleteCommand extends FluxBase {
  kind: 'flux.delete';
  name: string;
  force: boolean;
}

export interface KustomizationCreateCommand extends FluxBase {
  kind: 'kustomization.create';
  configName: string;
  kustomization: KustomizationSpec;
}

export interface KustomizationUpdateCommand extends FluxBase {
  kind: 'kustomization.update';
  configName: string;
  kustomization: KustomizationSpec;
}

export interface KustomizationDeleteCommand extends FluxBase {
  kind: 'kustomization.delete';
  configName: string;
  kustomizationName: string;
}

export interface KustomizationListCommand extends FluxBase {
  kind: 'kustomization.list';
  configName: string;
}

export interface KustomizationShowCommand extends FluxBase {
  kind: 'kustomization.show';
  configName: string;
  kustomizationName: string;
}

export interface DeployedObjectListCommand extends FluxBase {
  kind: 'deployed-object.list';
  configName: string;
}

export interface DeployedObjectShowCommand extends FluxBase {
  kind: 'deployed-object.show';
  configName: string;
  objectName: string;
  objectNamespace: string;
  objectKind: string;
}

export type FluxCommand =
  | FluxCreateCommand
  | FluxUpdateCommand
  | FluxShowCommand
  | FluxListCommand
  | FluxDeleteCommand
  | KustomizationCreateCommand
  | KustomizationUpdateCommand
  | KustomizationDeleteCommand
  | KustomizationListCommand
  | KustomizationShowCommand
  | DeployedObjectListCommand
  | DeployedObjectShowCommand;
