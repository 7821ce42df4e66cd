// Flags of `az k8s-extension create|update|show|list|delete` for microsoft.flux (docs/upstream.md §4).
import type { FlagSpec } from './flag-spec.ts';
import { IGNORED_AZ_FLAGS, NO_WAIT_FLAG, TARGET_FLAGS, YES_FLAG } from './target-flags.ts';

const EXTENSION_NAME_FLAG: FlagSpec = {
  name: '--name',
  aliases: ['-n'],
  arity: 'value',
  example: 'flux',
  defaultText: 'flux',
  help: 'Name of the extension instance.',
};

const CONFIG_FLAG: FlagSpec = {
  name: '--configuration-settings',
  aliases: ['--config', '--config-settings'],
  arity: 'values',
  repeatable: true,
  example: 'helm-controller.detectDrift=true',
  help: 'microsoft.flux settings as KEY=VALUE (returned in responses: never put secrets here).',
};
const PROTECTED_FLAG: FlagSpec = {
  name: '--configuration-protected-settings',
  aliases: ['--config-protected', '--config-protected-settings'],
  arity: 'values',
  repeatable: true,
  secret: true,
  example: 'KEY=VALUE',
  help: 'Protected settings as KEY=VALUE (secret, never returned).',
};

const SETTABLE: readonly FlagSpec[] = [
  {
    name: '--auto-upgrade-minor-version',
    aliases: ['--auto-upgrade'],
    arity: 'three-state',
    defaultText: 'true',
    help: 'Upgrade minor versions automatically.',
  },
  {
    name: '--version',
    arity: 'value',
    example: '1.24.1',
    help: 'Pin a version (needs --auto-upgrade-minor-version false).',
  },
  {
    name: '--release-train',
    arity: 'value',
    example: 'Stable',
    defaultText: 'Stable',
    help: 'Release train, e.g. Stable or Preview.',
  },
  CONFIG_FLAG,
  PROTECTED_FLAG,
  {
    name: '--configuration-settings-file',
    aliases: ['--config-file', '--config-settings-file'],
    arity: 'value',
    help: 'Not available in chat; use --config.',
  },
  {
    name: '--configuration-protected-settings-file',
    aliases: ['--config-protected-file', '--config-protected-settings-file'],
    arity: 'value',
    help: 'Not available in chat; use --config-protected.',
  },
];

export const EXTENSION_CREATE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  EXTENSION_NAME_FLAG,
  {
    name: '--extension-type',
    arity: 'value',
    example: 'microsoft.flux',
    defaultText: 'microsoft.flux',
    help: 'Only microsoft.flux.',
  },
  {
    name: '--scope',
    arity: 'value',
    example: 'cluster',
    defaultText: 'cluster',
    help: 'cluster (microsoft.flux cannot be namespace-scoped).',
  },
  {
    name: '--release-namespace',
    arity: 'value',
    example: 'flux-system',
    defaultText: 'flux-system',
    help: 'Always flux-system.',
  },
  { name: '--target-namespace', arity: 'value', help: 'Not valid for microsoft.flux.' },
  ...SETTABLE,
  YES_FLAG,
  NO_WAIT_FLAG,
  ...IGNORED_AZ_FLAGS,
];

export const EXTENSION_UPDATE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  EXTENSION_NAME_FLAG,
  ...SETTABLE,
  YES_FLAG,
  NO_WAIT_FLAG,
  ...IGNORED_AZ_FLAGS,
];
export const EXTENSION_SHOW_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, EXTENSION_NAME_FLAG, ...IGNORED_AZ_FLAGS];
export const EXTENSION_LIST_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, ...IGNORED_AZ_FLAGS];
export const EXTENSION_DELETE_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  EXTENSION_NAME_FLAG,
  YES_FLAG,
  NO_WAIT_FLAG,
  { name: '--force', arity: 'three-state', defaultText: 'false', help: 'Force delete (forceDelete=true).' },
  ...IGNORED_AZ_FLAGS,
];

/** Flags every extension short form (`loglevel`, `drift`, …) accepts besides its own words. */
export const SHORT_FORM_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  EXTENSION_NAME_FLAG,
  YES_FLAG,
  NO_WAIT_FLAG,
  ...IGNORED_AZ_FLAGS,
];

export const EXTENSION_FILE_FLAGS: Record<string, string> = {
  '--configuration-settings-file': '--config',
  '--configuration-protected-settings-file': '--config-protected',
};
