// `flux update` → the FluxConfigurationPatch body (docs/upstream.md §2 PATCH, §1.5 kind change).
//
// Rules:
// 1. Only what the command changes is sent; PATCH merges the rest server-side.
// 2. With --kind, sourceKind is sent and the other two source objects are sent as `{}`, as the CLI does
//    when migrating between source kinds.
// 3. A git ref change carries explicit nulls for the other ref fields (`source-bodies.ts`).
// 4. -k groups add or update kustomizations (partial objects merge server-side).
import type { FluxUpdateCommand } from '../../commands/kinds/flux-update.ts';
import { kustomizationMap } from './kustomization-body.ts';
import { protectedSettingsBody, SOURCE_KIND_BODY, SOURCE_PROPERTY, sourceBody } from './source-bodies.ts';
import type { FluxConfigurationPatchBody } from './types.ts';

export function fluxConfigurationPatchBody(cmd: FluxUpdateCommand): FluxConfigurationPatchBody {
  const properties: FluxConfigurationPatchBody['properties'] = {};
  const source = cmd.source;
  if (source) {
    if (source.kindChanged) {
      properties.sourceKind = SOURCE_KIND_BODY[source.kind];
      for (const other of ['gitRepository', 'bucket', 'azureBlob'] as const) properties[other] = {};
    }
    properties[SOURCE_PROPERTY[source.kind]] = sourceBody(source, 'update');
  }
  if (cmd.suspend !== undefined) properties.suspend = cmd.suspend;
  if (cmd.kustomizations.length > 0) properties.kustomizations = kustomizationMap(cmd.kustomizations);
  const secrets = protectedSettingsBody(source);
  if (secrets) properties.configurationProtectedSettings = secrets;
  return { properties };
}
