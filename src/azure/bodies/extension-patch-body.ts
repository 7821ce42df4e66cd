// `k8s-extension update` and the short forms (`loglevel`, `drift`, …) → the PatchExtension body
// (docs/upstream.md §3.2 `patchExtension.properties`, `PatchExtension.json`).
//
// Rules:
// 1. Only autoUpgradeMinorVersion, releaseTrain, version and the two settings maps are patchable.
// 2. Only what the command gives is sent; settings maps only the given keys (PATCH merges).
// 3. No releaseTrain when the same command turns auto-upgrade off: a pinned extension follows no train.
import type { ExtensionUpdateCommand } from '../../commands/kinds/extension-update.ts';
import { plainSettings, secretSettings } from './settings-bodies.ts';
import type { PatchExtensionBody } from './types.ts';

export function extensionPatchBody(cmd: ExtensionUpdateCommand): PatchExtensionBody {
  const properties: PatchExtensionBody['properties'] = {};
  if (cmd.autoUpgradeMinorVersion !== undefined) properties.autoUpgradeMinorVersion = cmd.autoUpgradeMinorVersion;
  if (cmd.releaseTrain !== undefined && cmd.autoUpgradeMinorVersion !== false)
    properties.releaseTrain = cmd.releaseTrain;
  if (cmd.version !== undefined) properties.version = cmd.version;
  const settings = plainSettings(cmd.configurationSettings);
  if (settings) properties.configurationSettings = settings;
  const secrets = secretSettings(cmd.configurationProtectedSettings);
  if (secrets) properties.configurationProtectedSettings = secrets;
  return { properties };
}
