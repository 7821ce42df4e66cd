// Flags of `az k8s-configuration flux kustomization …` and `flux deployed-object …` (docs/upstream.md §1.2).
// Note `-k` here names one kustomization, unlike `flux create`'s `-k KEY=VALUE` groups.
import type { FlagSpec } from './flag-spec.ts';
import { NAME_FLAG } from './flux-config-flags.ts';
import { IGNORED_AZ_FLAGS, NO_WAIT_FLAG, TARGET_FLAGS, YES_FLAG } from './target-flags.ts';

const KUSTOMIZATION_NAME_FLAG: FlagSpec = {
  name: '--kustomization-name',
  aliases: ['-k'],
  arity: 'value',
  example: 'apps',
  help: 'Name of the kustomization.',
};

const SETTABLE: readonly FlagSpec[] = [
  {
    name: '--path',
    arity: 'value',
    example: './apps/staging',
    defaultText: '"" on create',
    help: 'Path in the source.',
  },
  {
    name: '--depends-on',
    aliases: ['--dependencies', '--depends'],
    arity: 'values',
    example: 'infra',
    help: 'Kustomizations this one waits for.',
  },
  { name: '--timeout', arity: 'value', example: '10m', help: 'Apply timeout.' },
  { name: '--sync-interval', aliases: ['--interval'], arity: 'value', example: '10m', help: 'Reconcile interval.' },
  { name: '--retry-interval', arity: 'value', example: '1m', help: 'Retry interval after a failure.' },
  { name: '--prune', arity: 'three-state', help: 'Delete objects removed from the source.' },
  { name: '--force', arity: 'three-state', help: 'Recreate objects that cannot be patched.' },
  { name: '--disable-health-check', arity: 'three-state', help: 'Do not wait for objects to be healthy.' },
];

const BASE: readonly FlagSpec[] = [...TARGET_FLAGS, NAME_FLAG, ...IGNORED_AZ_FLAGS];

export const KUSTOMIZATION_CHANGE_FLAGS: readonly FlagSpec[] = [
  ...BASE,
  KUSTOMIZATION_NAME_FLAG,
  ...SETTABLE,
  YES_FLAG,
  NO_WAIT_FLAG,
];
export const KUSTOMIZATION_DELETE_FLAGS: readonly FlagSpec[] = [
  ...BASE,
  KUSTOMIZATION_NAME_FLAG,
  YES_FLAG,
  NO_WAIT_FLAG,
];
export const KUSTOMIZATION_SHOW_FLAGS: readonly FlagSpec[] = [...BASE, KUSTOMIZATION_NAME_FLAG];
export const KUSTOMIZATION_LIST_FLAGS: readonly FlagSpec[] = BASE;

export const DEPLOYED_OBJECT_LIST_FLAGS: readonly FlagSpec[] = BASE;
export const DEPLOYED_OBJECT_SHOW_FLAGS: readonly FlagSpec[] = [
  ...BASE,
  { name: '--object-name', arity: 'value', example: 'cluster-config-apps', help: 'Name of the deployed object.' },
  { name: '--object-namespace', arity: 'value', example: 'cluster-config', help: 'Namespace of the deployed object.' },
  { name: '--object-kind', arity: 'value', example: 'Kustomization', help: 'Kind of the deployed object.' },
];
