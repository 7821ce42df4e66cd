import type {
  Extension,
  FluxConfiguration,
  FluxConfigurationPatch,
  PatchExtension,
} from '@azure/arm-kubernetesconfiguration';
import type {
  ExtensionBody,
  FluxConfigurationBody,
  FluxConfigurationPatchBody,
  PatchExtensionBody,
} from './bodies/types.ts';

/**
 * The body builders produce ARM's wire JSON (`{ properties: {…} }`); the SDK takes the same fields
 * flattened and puts them back under `properties` when it serializes. Mapping here (and nowhere
 * else) keeps the wire body exactly the builder's, which the recorded-request test checks.
 * `null` kustomizations (PATCH deletes) pass through the SDK's dictionary serializer unchanged.
 */
export function fluxConfigurationModel(body: FluxConfigurationBody): FluxConfiguration {
  return { ...body.properties } as FluxConfiguration;
}

export function fluxConfigurationPatchModel(body: FluxConfigurationPatchBody): FluxConfigurationPatch {
  return { ...body.properties } as unknown as FluxConfigurationPatch;
}

export function extensionModel(body: ExtensionBody): Extension {
  return { ...(body.identity ? { identity: body.identity } : {}), ...body.properties } as Extension;
}

export function patchExtensionModel(body: PatchExtensionBody): PatchExtension {
  return { ...body.properties };
}
