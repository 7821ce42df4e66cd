// Display words the `k8s-configuration flux …` kinds compose: the prefix, a source's flags, a `-k`
// group and a kustomization's own flags.
import type { FluxSource, KustomizationSpec } from '../types-flux.ts';
import { formatFluxDuration } from '../validate/duration.ts';
import { type DisplayWord, opt, optBool, optDuration, optSecret } from './display-words.ts';

export const FLUX_PREFIX = ['az', 'k8s-configuration', 'flux'];

export function sourceWords(source: FluxSource, withKind: boolean): DisplayWord[] {
  const ref = source.ref ?? {};
  return [
    ...(withKind ? ['--kind', source.kind] : []),
    ...opt('--url', source.url),
    ...optDuration('--timeout', source.timeoutSeconds),
    ...optDuration('--sync-interval', source.syncIntervalSeconds),
    ...opt('--branch', ref.branch),
    ...opt('--tag', ref.tag),
    ...opt('--semver', ref.semver),
    ...opt('--commit', ref.commit),
    ...opt('--https-user', source.httpsUser),
    ...optSecret('--https-key', source.httpsKey),
    ...optSecret('--ssh-private-key', source.sshPrivateKey),
    ...opt('--known-hosts', source.knownHosts),
    ...opt('--https-ca-cert', source.httpsCaCert),
    ...opt('--bucket-name', source.bucketName),
    ...opt('--bucket-access-key', source.bucketAccessKey),
    ...optSecret('--bucket-secret-key', source.bucketSecretKey),
    ...optBool('--bucket-insecure', source.bucketInsecure),
    ...opt('--container-name', source.containerName),
    ...opt('--sp-client-id', source.spClientId),
    ...opt('--sp-tenant-id', source.spTenantId),
    ...optSecret('--sp-client-secret', source.spClientSecret),
    ...optSecret('--sp-client-cert', source.spClientCert),
    ...optSecret('--sp-cert-password', source.spCertPassword),
    ...optBool('--sp-cert-send-chain', source.spCertSendChain),
    ...optSecret('--account-key', source.accountKey),
    ...optSecret('--sas-token', source.sasToken),
    ...opt('--mi-client-id', source.miClientId),
    ...opt('--local-auth-ref', source.localAuthRef),
  ];
}

/** `--kustomization name=… path=…` of `flux create|update`. */
export function kustomizationGroupWords(k: KustomizationSpec): string[] {
  const pair = (key: string, value: string | number | boolean | undefined) =>
    value === undefined ? [] : [`${key}=${value}`];
  const seconds = (key: string, value: number | undefined) =>
    value === undefined ? [] : [`${key}=${formatFluxDuration(value)}`];
  return [
    '--kustomization',
    `name=${k.name}`,
    ...pair('path', k.path),
    ...pair('prune', k.prune),
    ...pair('force', k.force),
    ...(k.dependsOn === undefined
      ? []
      : [k.dependsOn.length > 0 ? `dependsOn=${k.dependsOn.join(',')}` : 'dependsOn=[]']),
    ...seconds('sync_interval', k.syncIntervalSeconds),
    ...seconds('retry_interval', k.retryIntervalSeconds),
    ...seconds('timeout', k.timeoutSeconds),
    ...pair('disable_health_check', k.disableHealthCheck),
  ];
}

/** The flags of `flux kustomization create|update`. */
export function kustomizationFlagWords(k: KustomizationSpec): string[] {
  return [
    ...opt('--path', k.path),
    ...(k.dependsOn === undefined ? [] : ['--depends-on', k.dependsOn.length > 0 ? k.dependsOn.join(',') : '[]']),
    ...optDuration('--sync-interval', k.syncIntervalSeconds),
    ...optDuration('--retry-interval', k.retryIntervalSeconds),
    ...optDuration('--timeout', k.timeoutSeconds),
    ...optBool('--prune', k.prune),
    ...optBool('--force', k.force),
    ...optBool('--disable-health-check', k.disableHealthCheck),
  ];
}
