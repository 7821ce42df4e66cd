/**
 * Canonical display words of `k8s-configuration flux …` commands.
 */
import type { CommandDraft as GrammarDraft } from '../grammar/build-types.ts';
import type { FluxSource, KustomizationSpec } from '../types-flux.ts';
import { formatFluxDuration } from '../validate/duration.ts';
import { type DisplayWord, opt, optBool, optDuration, optSecret, switches, targetWords } from './display-words.ts';

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

export function kustomizationGroupWords(k: KustomizationSpec): string[] {
  const pair = (key: string, value: string | number | boolean | undefined) =>
    value === undefined ? [] : [`${key}=${value}`];
  const seconds = (key: string, value: number | undefined) =>
    value === undefined ? [] : [`${key}=${formatFluxDuration(value)}`];
  return [
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

function kustomizationFlagWords(k: KustomizationSpec): string[] {
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

const PREFIX = ['az', 'k8s-configuration', 'flux'];

export function fluxDisplayWords(draft: GrammarDraft): DisplayWord[] | undefined {
  const target = targetWords(draft.target);
  switch (draft.kind) {
    case 'flux.create':
      return [
        ...PREFIX,
        'create',
        ...target,
        '-n',
        draft.name,
        '--scope',
        draft.scope,
        '--namespace',
        draft.namespace,
        ...sourceWords(draft.source, true),
        ...optBool('--suspend', draft.suspend ? true : undefined),
        ...draft.kustomizations.flatMap((k) => ['--kustomization', ...kustomizationGroupWords(k)]),
        ...switches(draft.yes, draft.noWait),
      ];
    case 'flux.update':
      return [
        ...PREFIX,
        'update',
        ...target,
        '-n',
        draft.name,
        ...(draft.source ? sourceWords(draft.source, draft.source.kindChanged) : []),
        ...optBool('--suspend', draft.suspend),
        ...draft.kustomizations.flatMap((k) => ['--kustomization', ...kustomizationGroupWords(k)]),
        ...switches(draft.yes, draft.noWait),
      ];
    case 'flux.show':
      return [...PREFIX, 'show', ...target, '-n', draft.name];
    case 'flux.list':
      return [...PREFIX, 'list', ...target];
    case 'flux.delete':
      return [
        ...PREFIX,
        'delete',
        ...target,
        '-n',
        draft.name,
        ...optBool('--force', draft.force ? true : undefined),
        ...switches(draft.yes, draft.noWait),
      ];
    case 'kustomization.create':
    case 'kustomization.update': {
      const verb = draft.kind === 'kustomization.create' ? 'create' : 'update';
      return [
        ...PREFIX,
        'kustomization',
        verb,
        ...target,
        '-n',
        draft.configName,
        '-k',
        draft.kustomization.name,
        ...kustomizationFlagWords(draft.kustomization),
        ...switches(draft.yes, draft.noWait),
      ];
    }
    case 'kustomization.delete':
      return [
        ...PREFIX,
        'kustomization',
        'delete',
        ...target,
        '-n',
        draft.configName,
        '-k',
        draft.kustomizationName,
        ...switches(draft.yes, draft.noWait),
      ];
    case 'kustomization.show':
      return [...PREFIX, 'kustomization', 'show', ...target, '-n', draft.configName, '-k', draft.kustomizationName];
    case 'kustomization.list':
      return [...PREFIX, 'kustomization', 'list', ...target, '-n', draft.configName];
    case 'deployed-object.list':
      return [...PREFIX, 'deployed-object', 'list', ...target, '-n', draft.configName];
    case 'deployed-object.show':
      return [
        ...PREFIX,
        'deployed-object',
        'show',
        ...target,
        '-n',
        draft.configName,
        '--object-name',
        draft.objectName,
        '--object-namespace',
        draft.objectNamespace,
        '--object-kind',
        draft.objectKind,
      ];
    default:
      return undefined;
  }
}
