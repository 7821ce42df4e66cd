// The settable part of `k8s-extension create|update` (docs/upstream.md §4):
// auto-upgrade, version, release train, --config and --config-protected.
//
// Rules:
// 1. A pinned --version needs --auto-upgrade-minor-version false (the CLI's rule and message).
// 2. --config goes through the microsoft.flux key/value checks; --config-protected values become
//    SecretValue and only need the KEY=VALUE shape.
// 3. `*-file` flags are refused (the bot cannot read the user's disk).
// 4. Keys are stored with defineProperty so a key like `__proto__` is data, never a prototype change.
import { type CommandWarning, warning } from './command-warning.ts';
import { EXTENSION_FILE_FLAGS } from './flags/extension-flags.ts';
import type { ParsedFlags } from './flags/parse-flags.ts';
import { containsPlaceholder } from './placeholder.ts';
import { type Problem, problem } from './problem.ts';
import type { SecretValue } from './types.ts';
import { readFluxSettings, splitPairs } from './validate/flux-settings.ts';

export interface ExtensionSettings {
  autoUpgradeMinorVersion?: boolean;
  releaseTrain?: string;
  version?: string;
  configurationSettings: Record<string, string>;
  configurationProtectedSettings: Record<string, SecretValue>;
}

function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function readExtensionSettings(
  flags: ParsedFlags,
  problems: Problem[],
  warnings: CommandWarning[],
): ExtensionSettings {
  for (const [flag, replacement] of Object.entries(EXTENSION_FILE_FLAGS)) {
    const file = flags.values.get(flag);
    if (file !== undefined) problems.push(problem('flag.file-unsupported', { flag, replacement, file }));
  }
  const configWords = (flags.lists.get('--configuration-settings') ?? []).flat();
  const configurationSettings = readFluxSettings(configWords, '--config', problems);
  for (const [key, value] of Object.entries(configurationSettings)) {
    if (containsPlaceholder(value)) warnings.push(warning('warning.placeholder-value', { where: key, value }));
  }
  const configurationProtectedSettings: Record<string, SecretValue> = {};
  const protectedWords = (flags.lists.get('--configuration-protected-settings') ?? []).flat();
  const protectedPairs = splitPairs(protectedWords, '--config-protected', problems, true);
  for (const [key, value] of protectedPairs) {
    if (Object.hasOwn(configurationProtectedSettings, key)) problems.push(problem('config.repeated-key', { key }));
    setOwn(configurationProtectedSettings, key, { $secret: value });
  }
  const settings: ExtensionSettings = { configurationSettings, configurationProtectedSettings };
  const auto = flags.switches.get('--auto-upgrade-minor-version');
  if (auto !== undefined) settings.autoUpgradeMinorVersion = auto;
  const version = flags.values.get('--version');
  if (version !== undefined) {
    settings.version = version;
    if (auto !== false) problems.push(problem('extension.version-needs-no-auto-upgrade'));
  }
  const train = flags.values.get('--release-train');
  if (train !== undefined) settings.releaseTrain = train;
  return settings;
}
