// Bucket and Azure Blob authentication (docs/upstream.md §1.4 "Bucket auth", `validate_azure_blob_auth`).
//
// Rules:
// 1. bucket: both access key and secret key, or a local auth ref (the CLI's text names `--secret-key`
//    and `--access-key`, which do not exist — the real flag names are used here).
// 2. azblob service principal = client id + tenant id + exactly one of client secret / client cert; a
//    cert password needs a cert.
// 3. azblob: at most one of service principal, account key, SAS token, managed identity, local auth ref.
import { type Problem, problem } from '../problem.ts';
import { part } from '../problem-part.ts';
import type { FluxSource } from '../types-flux.ts';

export function checkBucketAuth(source: FluxSource): Problem[] {
  const keys = source.bucketAccessKey !== undefined && source.bucketSecretKey !== undefined;
  return keys || source.localAuthRef !== undefined ? [] : [problem('bucket.auth-missing')];
}

export function checkAzureBlobAuth(source: FluxSource): Problem[] {
  const problems: Problem[] = [];
  const spParts = {
    '--sp-client-id': source.spClientId !== undefined,
    '--sp-tenant-id': source.spTenantId !== undefined,
    secretOrCert: source.spClientSecret !== undefined || source.spClientCert !== undefined,
  };
  const anySp = Object.values(spParts).some(Boolean) || source.spCertPassword !== undefined;
  if (anySp) {
    const missing = Object.entries(spParts)
      .filter(([, present]) => !present)
      .map(([flag]) => (flag === 'secretOrCert' ? part('problem.part.azblob.secret-or-cert') : flag));
    if (missing.length > 0) problems.push(problem('azblob.sp-incomplete', { missing }));
    if (source.spClientSecret && source.spClientCert) problems.push(problem('azblob.sp-too-many'));
    if (source.spCertPassword && !source.spClientCert) problems.push(problem('azblob.sp-cert-password-without-cert'));
  }
  const methods = [
    anySp ? part('problem.part.azblob.service-principal') : undefined,
    source.accountKey ? '--account-key' : undefined,
    source.sasToken ? '--sas-token' : undefined,
    source.miClientId !== undefined ? '--mi-client-id' : undefined,
    source.localAuthRef !== undefined ? '--local-auth-ref' : undefined,
  ].filter((m) => m !== undefined);
  if (methods.length > 1) problems.push(problem('azblob.too-many-auth', { methods }));
  return problems;
}
