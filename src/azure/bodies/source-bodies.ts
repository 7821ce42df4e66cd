// FluxSource → the `gitRepository` / `bucket` / `azureBlob` objects and the protected settings
// (docs/upstream.md §1.1, §2).
//
// Rules:
// 1. Only given fields are sent; durations are already seconds.
// 2. On create the one git ref is sent alone; on update, when a ref is given, the other three are sent as
//    explicit nulls so a switch from branch to tag does not leave the old branch set (docs/upstream.md §6).
// 3. bucket.insecure is sent explicitly on create and on a switch to a bucket source (--kind bucket): the
//    API default is true, the CLI's false, and a bucket the API fills in must not turn insecure.
// 4. Protected settings: sshPrivateKey as given (already base64), httpsKey and bucketSecretKey base64-encoded;
//    omitted when there are none.
import type { FluxSource } from '../../commands/types-flux.ts';
import type { AzureBlobBody, BucketBody, GitRepositoryBody, RepositoryRefBody, SourceKindBody } from './types.ts';
import { defined, toBase64, unwrapSecret } from './unwrap-secret.ts';

export const SOURCE_KIND_BODY: Record<FluxSource['kind'], SourceKindBody> = {
  git: 'GitRepository',
  bucket: 'Bucket',
  azblob: 'AzureBlob',
};

export const SOURCE_PROPERTY: Record<FluxSource['kind'], 'gitRepository' | 'bucket' | 'azureBlob'> = {
  git: 'gitRepository',
  bucket: 'bucket',
  azblob: 'azureBlob',
};

function repositoryRef(source: FluxSource, mode: 'create' | 'update'): RepositoryRefBody | undefined {
  if (!source.ref) return undefined;
  const ref = defined(source.ref);
  return mode === 'create' ? ref : { branch: null, tag: null, semver: null, commit: null, ...ref };
}

function gitRepositoryBody(source: FluxSource, mode: 'create' | 'update'): GitRepositoryBody {
  return defined({
    url: source.url,
    timeoutInSeconds: source.timeoutSeconds,
    syncIntervalInSeconds: source.syncIntervalSeconds,
    repositoryRef: repositoryRef(source, mode),
    sshKnownHosts: source.knownHosts,
    httpsUser: source.httpsUser,
    httpsCACert: source.httpsCaCert,
    localAuthRef: source.localAuthRef,
  });
}

function bucketBody(source: FluxSource & { kindChanged?: boolean }, mode: 'create' | 'update'): BucketBody {
  const newBucket = mode === 'create' || source.kindChanged === true;
  return defined({
    url: source.url,
    bucketName: source.bucketName,
    insecure: source.bucketInsecure ?? (newBucket ? false : undefined),
    timeoutInSeconds: source.timeoutSeconds,
    syncIntervalInSeconds: source.syncIntervalSeconds,
    accessKey: source.bucketAccessKey,
    localAuthRef: source.localAuthRef,
  });
}

function azureBlobBody(source: FluxSource): AzureBlobBody {
  const servicePrincipal = defined({
    clientId: source.spClientId,
    tenantId: source.spTenantId,
    clientSecret: source.spClientSecret && unwrapSecret(source.spClientSecret),
    clientCertificate: source.spClientCert && unwrapSecret(source.spClientCert),
    clientCertificatePassword: source.spCertPassword && unwrapSecret(source.spCertPassword),
    clientCertificateSendChain: source.spCertSendChain,
  });
  return defined({
    url: source.url,
    containerName: source.containerName,
    timeoutInSeconds: source.timeoutSeconds,
    syncIntervalInSeconds: source.syncIntervalSeconds,
    servicePrincipal: Object.keys(servicePrincipal).length > 0 ? servicePrincipal : undefined,
    accountKey: source.accountKey && unwrapSecret(source.accountKey),
    sasToken: source.sasToken && unwrapSecret(source.sasToken),
    managedIdentity: source.miClientId !== undefined ? { clientId: source.miClientId } : undefined,
    localAuthRef: source.localAuthRef,
  });
}

export function sourceBody(
  source: FluxSource & { kindChanged?: boolean },
  mode: 'create' | 'update',
): GitRepositoryBody | BucketBody | AzureBlobBody {
  if (source.kind === 'git') return gitRepositoryBody(source, mode);
  if (source.kind === 'bucket') return bucketBody(source, mode);
  return azureBlobBody(source);
}

export function protectedSettingsBody(source: FluxSource | undefined): Record<string, string> | undefined {
  if (!source) return undefined;
  const settings = defined({
    sshPrivateKey: source.sshPrivateKey && unwrapSecret(source.sshPrivateKey),
    httpsKey: source.httpsKey && toBase64(unwrapSecret(source.httpsKey)),
    bucketSecretKey: source.bucketSecretKey && toBase64(unwrapSecret(source.bucketSecretKey)),
  }) as Record<string, string>;
  return Object.keys(settings).length > 0 ? settings : undefined;
}
