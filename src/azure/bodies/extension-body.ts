// `k8s-extension create` for microsoft.flux → the Extension PUT body (docs/upstream.md §4, `CreateExtension.json`).
//
// Rules:
// 1. autoUpgradeMinorVersion defaults to true, releaseTrain to Stable; version only when pinned.
//    releaseTrain only with auto-upgrade on: the spec reads it only then, and a pinned extension
//    (--auto-upgrade false --version …) follows no train.
// 2. Scope is always cluster with releaseNamespace flux-system (Flux cannot be namespace-scoped).
// 3. `identity: { type: SystemAssigned }` on every cluster type except managedClusters (the CLI's
//    `__create_identity`; AKS brings its own identity).
// 4. Settings maps only when non-empty; protected values are unwrapped here, sent as given.
import type { ExtensionCreateCommand } from '../../commands/kinds/extension-create.ts';
import { FLUX_RELEASE_NAMESPACE } from '../../commands/types-extension.ts';
import { plainSettings, secretSettings } from './settings-bodies.ts';
import type { ExtensionBody } from './types.ts';

export function extensionBody(cmd: ExtensionCreateCommand): ExtensionBody {
  const autoUpgrade = cmd.autoUpgradeMinorVersion ?? true;
  const properties: ExtensionBody['properties'] = {
    extensionType: cmd.extensionType,
    autoUpgradeMinorVersion: autoUpgrade,
    ...(autoUpgrade ? { releaseTrain: cmd.releaseTrain ?? 'Stable' } : {}),
    scope: { cluster: { releaseNamespace: FLUX_RELEASE_NAMESPACE } },
  };
  if (cmd.version !== undefined) properties.version = cmd.version;
  const settings = plainSettings(cmd.configurationSettings);
  if (settings) properties.configurationSettings = settings;
  const secrets = secretSettings(cmd.configurationProtectedSettings);
  if (secrets) properties.configurationProtectedSettings = secrets;
  const body: ExtensionBody = { properties };
  if (cmd.target.clusterType !== 'managedClusters') body.identity = { type: 'SystemAssigned' };
  return body;
}
