/**
 * Commands of `az k8s-extension …` for `--extension-type microsoft.flux`, and the short forms
 * (`loglevel`, `drift`, …) that become an `extension.update` with `configurationSettings` filled.
 */
import type { ClusterTarget, CommandBase, SecretValue } from './types.ts';

export const FLUX_EXTENSION_TYPE = 'microsoft.flux';
export const DEFAULT_FLUX_EXTENSION_NAME = 'flux';
export const FLUX_RELEASE_NAMESPACE = 'flux-system';

interface ExtensionBase extends CommandBase {
  target: ClusterTarget;
  /** Default `flux`, the name the CLI and the tutorial use. */
  extensionName: string;
}

export interface ExtensionCreateCommand extends ExtensionBase {
  kind: 'extension.create';
  extensionType: typeof FLUX_EXTENSION_TYPE;
  /** Undefined = API default (true); false is required to pin `version`. */
  autoUpgradeMinorVersion?: boolean;
  releaseTrain?: string;
  version?: string;
  configurationSettings: Record<string, string>;
  configurationProtectedSettings: Record<string, SecretValue>;
}

export interface ExtensionUpdateCommand extends ExtensionBase {
  kind: 'extension.update';
  autoUpgradeMinorVersion?: boolean;
  releaseTrain?: string;
  version?: string;
  configurationSettings: Record<string, string>;
  configurationProtectedSettings: Record<string, SecretValue>;
}

export interface ExtensionShowCommand extends ExtensionBase {
  kind: 'extension.show';
}

export interface ExtensionListCommand extends CommandBase {
  kind: 'extension.list';
  target: ClusterTarget;
}

export interface ExtensionDeleteCommand extends ExtensionBase {
  kind: 'extension.delete';
  force: boolean;
}

export type ExtensionCommand =
  | ExtensionCreateCommand
  | ExtensionUpdateCommand
  | ExtensionShowCommand
  | ExtensionListCommand
  | ExtensionDeleteCommand;
