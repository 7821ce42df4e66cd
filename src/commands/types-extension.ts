// What the `k8s-extension …` kinds (for `--extension-type microsoft.flux`) have in common: the extension
// type, its default name and release namespace, and the fields every extension command carries.
import type { ClusterCommandBase } from './types.ts';

export const FLUX_EXTENSION_TYPE = 'microsoft.flux';
export const DEFAULT_FLUX_EXTENSION_NAME = 'flux';
export const FLUX_RELEASE_NAMESPACE = 'flux-system';

export interface ExtensionCommandBase extends ClusterCommandBase {
  /** Default `flux`, the name the CLI and the tutorial use. */
  extensionName: string;
}
