// `flux create` → the FluxConfiguration PUT body (docs/upstream.md §2, `azure-examples/CreateFluxConfiguration.json`).
//
// Rules:
// 1. scope, namespace, sourceKind and suspend are always sent (create-only fields must be right the first time).
// 2. Exactly one source object, per `source-bodies.ts`.
// 3. kustomizations keyed by name (the parser already added the CLI's `kustomization-1` when none was given).
// 4. configurationProtectedSettings only when there is a secret.
import type { FluxCreateCommand } from '../../commands/kinds/flux-create.ts';
import { kustomizationMap } from './kustomization-body.ts';
import { protectedSettingsBody, SOURCE_KIND_BODY, SOURCE_PROPERTY, sourceBody } from './source-bodies.ts';
import type { FluxConfigurationBody } from './types.ts';

export function fluxConfigurationBody(cmd: FluxCreateCommand): FluxConfigurationBody {
  const properties: FluxConfigurationBody['properties'] = {
    scope: cmd.scope,
    namespace: cmd.namespace,
    sourceKind: SOURCE_KIND_BODY[cmd.source.kind],
    suspend: cmd.suspend,
    [SOURCE_PROPERTY[cmd.source.kind]]: sourceBody(cmd.source, 'create'),
    kustomizations: kustomizationMap(cmd.kustomizations),
  };
  const secrets = protectedSettingsBody(cmd.source);
  if (secrets) properties.configurationProtectedSettings = secrets;
  return { properties };
}
