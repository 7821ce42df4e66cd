// Flags of `az k8s-configuration flux create|update` (docs/upstream.md §1.1, CLI 2.1.0 `_params.py`).
// Secret-bearing ones are marked `secret`; `*-file` flags exist so a pasted command gets a helpful
// answer instead of "unknown flag".
import type { FlagSpec } from './flag-spec.ts';
import { IGNORED_AZ_FLAGS, NO_WAIT_FLAG, TARGET_FLAGS, YES_FLAG } from './target-flags.ts';

export const NAME_FLAG: FlagSpec = {
  name: '--name',
  aliases: ['-n'],
  arity: 'value',
  example: 'cluster-config',
  help: 'Name of the Flux configuration.',
};

/** Source flags, each tagged with the source kinds it belongs to (for the "invalid properties" check). */
export const SOURCE_FLAGS: readonly (FlagSpec & { kinds: readonly ('git' | 'bucket' | 'azblob')[] })[] = [
  {
    name: '--kind',
    arity: 'value',
    kinds: ['git', 'bucket', 'azblob'],
    example: 'git',
    defaultText: 'git',
    help: 'Source kind: git, bucket or azblob.',
  },
  {
    name: '--url',
    aliases: ['-u'],
    arity: 'value',
    kinds: ['git', 'bucket', 'azblob'],
    example: 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt',
    help: 'URL of the source.',
  },
  {
    name: '--timeout',
    arity: 'value',
    kinds: ['git', 'bucket', 'azblob'],
    example: '10m',
    defaultText: '10m (API)',
    help: 'Source sync timeout.',
  },
  {
    name: '--sync-interval',
    aliases: ['--interval'],
    arity: 'value',
    kinds: ['git', 'bucket', 'azblob'],
    example: '10m',
    defaultText: '10m (API)',
    help: 'Source sync interval.',
  },
  {
    name: '--local-auth-ref',
    aliases: ['--local-ref'],
    arity: 'value',
    kinds: ['git', 'bucket', 'azblob'],
    example: 'my-auth-secret',
    help: 'Secret in the configuration namespace holding the credentials.',
  },
  { name: '--branch', arity: 'value', kinds: ['git'], example: 'main', help: 'Git branch.' },
  { name: '--tag', arity: 'value', kinds: ['git'], example: 'v1.0.0', help: 'Git tag.' },
  { name: '--semver', arity: 'value', kinds: ['git'], example: '">=1.0.0 <2.0.0"', help: 'Git tag semver range.' },
  { name: '--commit', arity: 'value', kinds: ['git'], example: '0ba6a4c', help: 'Git commit SHA.' },
  {
    name: '--ssh-private-key',
    arity: 'value',
    secret: true,
    kinds: ['git'],
    example: '<base64 PEM key>',
    help: 'base64-encoded SSH private key (secret).',
  },
  {
    name: '--ssh-private-key-file',
    arity: 'value',
    kinds: ['git'],
    help: 'Not available in chat; use --ssh-private-key.',
  },
  { name: '--https-user', arity: 'value', kinds: ['git'], example: 'my-user', help: 'HTTPS user name.' },
  {
    name: '--https-key',
    arity: 'value',
    secret: true,
    kinds: ['git'],
    example: '<token>',
    help: 'HTTPS token or password (secret).',
  },
  {
    name: '--https-ca-cert',
    arity: 'value',
    kinds: ['git'],
    example: '<base64 PEM>',
    help: 'base64-encoded CA certificate for HTTPS.',
  },
  { name: '--https-ca-cert-file', arity: 'value', kinds: ['git'], help: 'Not available in chat; use --https-ca-cert.' },
  {
    name: '--known-hosts',
    arity: 'value',
    kinds: ['git'],
    example: '<base64 known_hosts>',
    help: 'base64-encoded known_hosts for SSH.',
  },
  { name: '--known-hosts-file', arity: 'value', kinds: ['git'], help: 'Not available in chat; use --known-hosts.' },
  { name: '--bucket-name', arity: 'value', kinds: ['bucket'], example: 'my-bucket', help: 'Bucket name.' },
  { name: '--bucket-access-key', arity: 'value', kinds: ['bucket'], example: 'AKIA…', help: 'Bucket access key id.' },
  {
    name: '--bucket-secret-key',
    arity: 'value',
    secret: true,
    kinds: ['bucket'],
    example: '<secret>',
    help: 'Bucket secret key (secret).',
  },
  {
    name: '--bucket-insecure',
    arity: 'three-state',
    kinds: ['bucket'],
    defaultText: 'false',
    help: 'Use plain http to the bucket.',
  },
  {
    name: '--container-name',
    arity: 'value',
    kinds: ['azblob'],
    example: 'my-container',
    help: 'Azure Blob container name.',
  },
  {
    name: '--sp-client-id',
    aliases: ['--service-principal-client-id'],
    arity: 'value',
    kinds: ['azblob'],
    example: '<app id>',
    help: 'Service principal client id.',
  },
  {
    name: '--sp-tenant-id',
    aliases: ['--service-principal-tenant-id'],
    arity: 'value',
    kinds: ['azblob'],
    example: '<tenant id>',
    help: 'Service principal tenant id.',
  },
  {
    name: '--sp-client-secret',
    aliases: ['--service-principal-client-secret'],
    arity: 'value',
    secret: true,
    kinds: ['azblob'],
    example: '<secret>',
    help: 'Service principal secret (secret).',
  },
  {
    name: '--sp-client-cert',
    aliases: ['--service-principal-client-certificate'],
    arity: 'value',
    secret: true,
    kinds: ['azblob'],
    example: '<base64 cert>',
    help: 'Service principal certificate (secret).',
  },
  {
    name: '--sp-cert-password',
    aliases: ['--service-principal-cert-password'],
    arity: 'value',
    secret: true,
    kinds: ['azblob'],
    example: '<password>',
    help: 'Certificate password (secret).',
  },
  {
    name: '--sp-cert-send-chain',
    aliases: ['--service-principal-cert-send-chain'],
    arity: 'three-state',
    kinds: ['azblob'],
    defaultText: 'false',
    help: 'Send the certificate chain.',
  },
  {
    name: '--account-key',
    arity: 'value',
    secret: true,
    kinds: ['azblob'],
    example: '<key>',
    help: 'Storage account key (secret).',
  },
  {
    name: '--sas-token',
    arity: 'value',
    secret: true,
    kinds: ['azblob'],
    example: '<sas>',
    help: 'SAS token (secret).',
  },
  {
    name: '--mi-client-id',
    aliases: ['--managed-identity-client-id'],
    arity: 'value',
    kinds: ['azblob'],
    example: '<client id>',
    help: 'Managed identity client id.',
  },
];

const KUSTOMIZATION_GROUP_FLAG: FlagSpec = {
  name: '--kustomization',
  aliases: ['-k'],
  arity: 'values',
  repeatable: true,
  example: 'name=apps path=./apps/staging prune=true dependsOn=["infra"]',
  help: 'A kustomization: name=… path=… prune=… force=… dependsOn=… sync_interval=… retry_interval=… timeout=… disable_health_check=…',
};

const SUSPEND_FLAG: FlagSpec = {
  name: '--suspend',
  arity: 'three-state',
  defaultText: 'false',
  help: 'Suspend reconciliation.',
};

export const FLUX_CREATE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  NAME_FLAG,
  {
    name: '--scope',
    aliases: ['-s'],
    arity: 'value',
    example: 'cluster',
    defaultText: 'cluster',
    help: 'cluster or namespace (create only).',
  },
  {
    name: '--namespace',
    aliases: ['--ns'],
    arity: 'value',
    example: 'cluster-config',
    defaultText: 'default',
    help: 'Namespace of the configuration (create only).',
  },
  ...SOURCE_FLAGS,
  SUSPEND_FLAG,
  KUSTOMIZATION_GROUP_FLAG,
  NO_WAIT_FLAG,
  YES_FLAG,
  ...IGNORED_AZ_FLAGS,
];

export const FLUX_UPDATE_FLAGS: readonly FlagSpec[] = FLUX_CREATE_FLAGS.filter(
  (spec) => spec.name !== '--scope' && spec.name !== '--namespace',
);

export const FLUX_SHOW_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, NAME_FLAG, ...IGNORED_AZ_FLAGS];
export const FLUX_LIST_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, ...IGNORED_AZ_FLAGS];
export const FLUX_DELETE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  NAME_FLAG,
  YES_FLAG,
  NO_WAIT_FLAG,
  { name: '--force', arity: 'three-state', defaultText: 'false', help: 'Force delete (forceDelete=true).' },
  ...IGNORED_AZ_FLAGS,
];

export const FILE_FLAG_REPLACEMENTS: Record<string, string> = {
  '--ssh-private-key-file': '--ssh-private-key',
  '--https-ca-cert-file': '--https-ca-cert',
  '--known-hosts-file': '--known-hosts',
};
