// Validation and defaults for the three Flux sources of a configuration (docs/upstream.md §2): gitRepository,
// bucket and azureBlob. Secrets marked x-ms-secret are accepted but dropped, so they are never returned.
import { type BodyReader, isObject } from './body-reader.ts';
import type { GitRepositoryDefinition, JsonObject } from './model.ts';

const DEFAULT_SECONDS = 600;
const GIT_URL = /^((https?|ssh):\/\/|git@)/;
const HTTP_URL = /^https?:\/\//;
const AZURE_BLOB_SECRETS = ['accountKey', 'sasToken'];
const SERVICE_PRINCIPAL_SECRETS = ['clientSecret', 'clientCertificate', 'clientCertificatePassword'];

function copyStrings(reader: BodyReader, from: JsonObject, path: string, keys: readonly string[], into: JsonObject) {
  for (const key of keys) {
    const value = reader.string(from, key, path);
    if (value !== undefined) into[key] = value;
  }
}

function intervals(reader: BodyReader, source: JsonObject, path: string) {
  return {
    timeoutInSeconds: reader.seconds(source, 'timeoutInSeconds', path) ?? DEFAULT_SECONDS,
    syncIntervalInSeconds: reader.seconds(source, 'syncIntervalInSeconds', path) ?? DEFAULT_SECONDS,
  };
}

export function readGitRepository(
  reader: BodyReader,
  value: unknown,
  required: boolean,
): GitRepositoryDefinition | null {
  const path = 'properties.gitRepository';
  const source = reader.object(value, path, required);
  if (!source) return null;
  const url = reader.string(source, 'url', path, true) ?? '';
  if (url && !GIT_URL.test(url)) {
    reader.problem(
      `${path}.url`,
      `The git repository url '${url}' must begin with 'http://', 'https://', 'ssh://' or 'git@'.`,
    );
  }
  const refSource = reader.object(source.repositoryRef, `${path}.repositoryRef`) ?? {};
  const repositoryRef = {
    branch: reader.string(refSource, 'branch', `${path}.repositoryRef`) ?? null,
    tag: reader.string(refSource, 'tag', `${path}.repositoryRef`) ?? null,
    semver: reader.string(refSource, 'semver', `${path}.repositoryRef`) ?? null,
    commit: reader.string(refSource, 'commit', `${path}.repositoryRef`) ?? null,
  };
  if (!repositoryRef.branch && !repositoryRef.tag && !repositoryRef.semver && !repositoryRef.commit) {
    reader.problem(
      `${path}.repositoryRef`,
      'A repository reference is required: set one of branch, tag, semver or commit.',
    );
  }
  const repository: GitRepositoryDefinition = { url, ...intervals(reader, source, path), repositoryRef };
  copyStrings(reader, source, path, ['sshKnownHosts', 'httpsUser', 'httpsCACert', 'localAuthRef'], repository);
  return repository;
}

export function readBucket(reader: BodyReader, value: unknown, required: boolean): JsonObject | null {
  const path = 'properties.bucket';
  const source = reader.object(value, path, required);
  if (!source) return null;
  const url = reader.string(source, 'url', path, true) ?? '';
  if (url && !HTTP_URL.test(url))
    reader.problem(`${path}.url`, `The bucket url '${url}' must begin with 'http://' or 'https://'.`);
  const bucket: JsonObject = {
    url,
    bucketName: reader.string(source, 'bucketName', path, true) ?? '',
    ...intervals(reader, source, path),
    // The REST default is true (insecure), unlike the CLI's; callers should send it explicitly.
    insecure: reader.boolean(source, 'insecure', path) ?? true,
  };
  copyStrings(reader, source, path, ['accessKey', 'localAuthRef'], bucket);
  return bucket;
}

export function readAzureBlob(reader: BodyReader, value: unknown, required: boolean): JsonObject | null {
  const path = 'properties.azureBlob';
  const source = reader.object(value, path, required);
  if (!source) return null;
  const url = reader.string(source, 'url', path, true) ?? '';
  if (url && !HTTP_URL.test(url))
    reader.problem(`${path}.url`, `The Azure Blob url '${url}' must begin with 'http://' or 'https://'.`);
  const blob: JsonObject = {
    url,
    containerName: reader.string(source, 'containerName', path, true) ?? '',
    ...intervals(reader, source, path),
  };
  copyStrings(reader, source, path, ['localAuthRef'], blob);
  for (const secret of AZURE_BLOB_SECRETS) reader.string(source, secret, path); // type-checked, then dropped
  const principal = reader.object(source.servicePrincipal, `${path}.servicePrincipal`);
  if (principal) {
    const kept: JsonObject = {};
    copyStrings(reader, principal, `${path}.servicePrincipal`, ['clientId', 'tenantId'], kept);
    for (const secret of SERVICE_PRINCIPAL_SECRETS) reader.string(principal, secret, `${path}.servicePrincipal`);
    kept.clientCertificateSendChain =
      reader.boolean(principal, 'clientCertificateSendChain', `${path}.servicePrincipal`) ?? false;
    blob.servicePrincipal = kept;
  }
  const identity = reader.object(source.managedIdentity, `${path}.managedIdentity`);
  if (identity && isObject(identity)) {
    const kept: JsonObject = {};
    copyStrings(reader, identity, `${path}.managedIdentity`, ['clientId'], kept);
    blob.managedIdentity = kept;
  }
  return blob;
}
