// Reads and validates extension PUT/PATCH bodies into one normalized spec, applying ARM's defaults
// (autoUpgradeMinorVersion true, releaseTrain Stable) and microsoft.flux's rules (cluster scope in
// flux-system, versions it has). configurationSettings take any key, as ARM's do.
import { BodyReader, isObject, mergeMap, withoutNulls } from './body-reader.ts';
import { invalidRequest } from './errors.ts';
import { isKnownFluxVersion, LATEST_FLUX_VERSION } from './flux-versions.ts';
import { type ExtensionProperties, FLUX_EXTENSION_TYPE } from './model.ts';

export interface ExtensionSpec {
  extensionType: string;
  autoUpgradeMinorVersion: boolean;
  releaseTrain: string;
  version: string | null;
  scope: ExtensionProperties['scope'];
  configurationSettings: Record<string, string>;
  protectedSettings: Record<string, string>;
  wantsIdentity: boolean;
}

const DEFAULT_NON_FLUX_VERSION = '1.0.0';

export function isFluxType(extensionType: string): boolean {
  return extensionType.toLowerCase() === FLUX_EXTENSION_TYPE;
}

/** The version that will run once the operation completes. */
export function targetVersion(spec: ExtensionSpec, currentVersion: string | null): string {
  if (spec.version) return spec.version;
  if (!isFluxType(spec.extensionType)) return currentVersion ?? DEFAULT_NON_FLUX_VERSION;
  // Auto-upgrade moves to the newest release; without it the installed version stays.
  return spec.autoUpgradeMinorVersion ? LATEST_FLUX_VERSION : (currentVersion ?? LATEST_FLUX_VERSION);
}

export function readExtensionPut(body: unknown): ExtensionSpec {
  const reader = new BodyReader();
  const root = reader.object(body, 'body', true) ?? {};
  const properties = reader.object(root.properties, 'properties', true) ?? {};
  const identity = reader.object(root.identity, 'identity');
  const extensionType = reader.string(properties, 'extensionType', 'properties', true) ?? '';
  const version = reader.string(properties, 'version', 'properties') ?? null;
  const spec: ExtensionSpec = {
    extensionType,
    autoUpgradeMinorVersion: reader.boolean(properties, 'autoUpgradeMinorVersion', 'properties') ?? true,
    releaseTrain: reader.string(properties, 'releaseTrain', 'properties') ?? 'Stable',
    version,
    scope: readScope(reader, properties, extensionType),
    configurationSettings: withoutNulls(reader.stringMap(properties, 'configurationSettings', 'properties')),
    protectedSettings: withoutNulls(reader.stringMap(properties, 'configurationProtectedSettings', 'properties')),
    wantsIdentity: identity?.type === 'SystemAssigned',
  };
  if (reader.problems.length === 0) checkSpec(reader, spec);
  if (reader.problems.length > 0) throw invalidRequest(reader.problems);
  return spec;
}

/** PATCH may change only autoUpgradeMinorVersion, releaseTrain, version and the two settings maps. */
export function readExtensionPatch(body: unknown, current: ExtensionSpec): ExtensionSpec {
  const reader = new BodyReader();
  const root = reader.object(body, 'body', true) ?? {};
  const properties = reader.object(root.properties, 'properties', true) ?? {};
  const version = properties.version === null ? null : reader.string(properties, 'version', 'properties');
  const spec: ExtensionSpec = {
    ...current,
    autoUpgradeMinorVersion:
      reader.boolean(properties, 'autoUpgradeMinorVersion', 'properties') ?? current.autoUpgradeMinorVersion,
    releaseTrain: reader.string(properties, 'releaseTrain', 'properties') ?? current.releaseTrain,
    version: version === undefined ? current.version : version,
    configurationSettings: mergeMap(
      current.configurationSettings,
      reader.stringMap(properties, 'configurationSettings', 'properties', true),
    ),
    protectedSettings: mergeMap(
      current.protectedSettings,
      reader.stringMap(properties, 'configurationProtectedSettings', 'properties', true),
    ),
  };
  if (reader.problems.length === 0) checkSpec(reader, spec);
  if (reader.problems.length > 0) throw invalidRequest(reader.problems);
  return spec;
}

function readScope(
  reader: BodyReader,
  properties: Record<string, unknown>,
  extensionType: string,
): ExtensionProperties['scope'] {
  const defaultNamespace = isFluxType(extensionType) ? 'flux-system' : 'default';
  const scope = reader.object(properties.scope, 'properties.scope');
  if (!scope) return { cluster: { releaseNamespace: defaultNamespace } };
  if (isObject(scope.namespace)) {
    const targetNamespace = reader.string(scope.namespace, 'targetNamespace', 'properties.scope.namespace', true) ?? '';
    return { namespace: { targetNamespace } };
  }
  const cluster = isObject(scope.cluster) ? scope.cluster : {};
  const releaseNamespace = reader.string(cluster, 'releaseNamespace', 'properties.scope.cluster') ?? defaultNamespace;
  return { cluster: { releaseNamespace } };
}

function checkSpec(reader: BodyReader, spec: ExtensionSpec) {
  if (spec.version !== null && spec.autoUpgradeMinorVersion) {
    reader.problem(
      'properties.version',
      "To pin to a specific version, 'autoUpgradeMinorVersion' must be set to false.",
    );
  }
  if (!isFluxType(spec.extensionType)) return;
  if (spec.version !== null && !isKnownFluxVersion(spec.version)) {
    reader.problem(
      'properties.version',
      `Version '${spec.version}' of extension type 'microsoft.flux' was not found. The newest version is ${LATEST_FLUX_VERSION}.`,
      'ExtensionVersionNotFound',
    );
    return;
  }
  if ('namespace' in spec.scope) {
    reader.problem('properties.scope', "Extension type 'microsoft.flux' can only be installed at cluster scope.");
  } else if (spec.scope.cluster.releaseNamespace !== 'flux-system') {
    reader.problem(
      'properties.scope.cluster.releaseNamespace',
      "Extension type 'microsoft.flux' must be released into the 'flux-system' namespace.",
    );
  }
  // configurationSettings: ARM takes any key (version gates are the client's job, as az's are).
}
