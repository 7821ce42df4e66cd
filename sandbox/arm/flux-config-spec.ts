// Reads a fluxConfigurations PUT body into a normalized spec with the REST defaults, validating what the
// resource provider (and Kubernetes, for names) would reject. PATCH bodies are merged into the current
// spec (JSON merge patch: null deletes) and then read by the same code, so both are validated alike.
import { BodyReader, isObject, mergeMap, withoutNulls } from './body-reader.ts';
import { invalidRequest } from './errors.ts';
import { readAzureBlob, readBucket, readGitRepository } from './flux-source-spec.ts';
import type { FluxConfigurationSpec, JsonObject, KustomizationDefinition, SourceKind } from './model.ts';

export interface FluxConfigurationInput {
  spec: FluxConfigurationSpec;
  protectedSettings: Record<string, string>;
}

const CR_NAME = /^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/; // Kubernetes object name (DNS subdomain)
// ARM checks the namespace less strictly than Kubernetes will (it takes a '.'); the cluster refuses later.
const NAMESPACE = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const SOURCE_KINDS: readonly SourceKind[] = ['GitRepository', 'Bucket', 'AzureBlob'];
const PATCHABLE = ['sourceKind', 'suspend', 'gitRepository', 'bucket', 'azureBlob', 'kustomizations'];

export function readFluxConfigurationPut(body: unknown, configName: string): FluxConfigurationInput {
  const reader = new BodyReader();
  if (configName.length > 63 || !CR_NAME.test(configName)) {
    reader.problem(
      'name',
      `The configuration name '${configName}' is invalid: use at most 63 lowercase letters, digits, '-' and '.', starting and ending with a letter or digit.`,
    );
  }
  const root = reader.object(body, 'body', true) ?? {};
  const properties = reader.object(root.properties, 'properties', true) ?? {};
  const spec = readSpec(reader, properties, configName);
  const protectedSettings = withoutNulls(reader.stringMap(properties, 'configurationProtectedSettings', 'properties'));
  if (reader.problems.length > 0) throw invalidRequest(reader.problems);
  return { spec, protectedSettings };
}

/** Applies a FluxConfigurationPatch; fields outside the patch model are ignored, as ARM ignores them. */
export function readFluxConfigurationPatch(
  body: unknown,
  configName: string,
  current: FluxConfigurationInput,
): FluxConfigurationInput {
  const reader = new BodyReader();
  const root = reader.object(body, 'body', true) ?? {};
  const patch = reader.object(root.properties, 'properties', true) ?? {};
  const protectedPatch = reader.stringMap(patch, 'configurationProtectedSettings', 'properties', true);
  if (reader.problems.length > 0) throw invalidRequest(reader.problems);
  const merged = structuredClone(current.spec) as unknown as JsonObject;
  for (const key of PATCHABLE) {
    if (!(key in patch)) continue;
    // The CLI migrates between source kinds by sending `{}` for the kinds left behind: that clears them.
    const clearsSource = SOURCE_KEYS.has(key) && isObject(patch[key]) && Object.keys(patch[key]).length === 0;
    merged[key] = clearsSource ? null : mergePatch(merged[key], patch[key]);
  }
  const next = readFluxConfigurationPut({ properties: merged }, configName);
  return { spec: next.spec, protectedSettings: mergeMap(current.protectedSettings, protectedPatch) };
}

const SOURCE_KEYS = new Set(['gitRepository', 'bucket', 'azureBlob']);

/** RFC 7386: objects merge recursively, null removes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

function readSpec(reader: BodyReader, properties: JsonObject, configName: string): FluxConfigurationSpec {
  const scope = (reader.string(properties, 'scope', 'properties') ?? 'cluster').toLowerCase();
  if (scope !== 'cluster' && scope !== 'namespace') {
    reader.problem('properties.scope', `The scope '${scope}' is invalid; use 'cluster' or 'namespace'.`);
  }
  const namespace = reader.string(properties, 'namespace', 'properties') ?? 'default';
  if (namespace.length > 63 || !NAMESPACE.test(namespace)) {
    reader.problem(
      'properties.namespace',
      `The namespace '${namespace}' is invalid: use at most 63 lowercase letters, digits, '-' and '.', starting and ending with a letter or digit.`,
    );
  }
  const kindText = reader.string(properties, 'sourceKind', 'properties') ?? 'GitRepository';
  const sourceKind = SOURCE_KINDS.find((kind) => kind.toLowerCase() === kindText.toLowerCase());
  if (!sourceKind) {
    reader.problem(
      'properties.sourceKind',
      `The sourceKind '${kindText}' is invalid; use GitRepository, Bucket or AzureBlob.`,
    );
  }
  const waitDuration = reader.string(properties, 'reconciliationWaitDuration', 'properties') ?? null;
  if (waitDuration !== null && !ISO_DURATION.test(waitDuration)) {
    reader.problem(
      'properties.reconciliationWaitDuration',
      `'${waitDuration}' is not an ISO 8601 duration such as PT30M.`,
    );
  }
  return {
    scope: scope === 'namespace' ? 'namespace' : 'cluster',
    namespace,
    sourceKind: sourceKind ?? 'GitRepository',
    suspend: reader.boolean(properties, 'suspend', 'properties') ?? false,
    gitRepository: readGitRepository(reader, properties.gitRepository, sourceKind === 'GitRepository'),
    bucket: readBucket(reader, properties.bucket, sourceKind === 'Bucket'),
    azureBlob: readAzureBlob(reader, properties.azureBlob, sourceKind === 'AzureBlob'),
    kustomizations: readKustomizations(reader, properties.kustomizations, configName),
    waitForReconciliation: reader.boolean(properties, 'waitForReconciliation', 'properties') ?? null,
    reconciliationWaitDuration: waitDuration,
  };
}

function readKustomizations(
  reader: BodyReader,
  value: unknown,
  configName: string,
): Record<string, KustomizationDefinition> {
  const map = reader.object(value, 'properties.kustomizations') ?? {};
  const result: Record<string, KustomizationDefinition> = {};
  for (const [name, raw] of Object.entries(map)) {
    if (raw === null) continue; // null means "no such kustomization" (PATCH uses it to delete)
    const path = `properties.kustomizations['${name}']`;
    const definition = reader.object(raw, path) ?? {};
    if (!CR_NAME.test(name)) reader.problem(path, `The kustomization name '${name}' is invalid.`);
    if (configName.length + 1 + name.length > 63) {
      reader.problem(path, `The Kustomization object name '${configName}-${name}' would be longer than 63 characters.`);
    }
    result[name] = {
      name,
      path: reader.string(definition, 'path', path) ?? '',
      dependsOn: readDependsOn(reader, definition.dependsOn, path),
      timeoutInSeconds: reader.seconds(definition, 'timeoutInSeconds', path) ?? 600,
      syncIntervalInSeconds: reader.seconds(definition, 'syncIntervalInSeconds', path) ?? 600,
      retryIntervalInSeconds: reader.seconds(definition, 'retryIntervalInSeconds', path) ?? null,
      prune: reader.boolean(definition, 'prune', path) ?? false,
      force: reader.boolean(definition, 'force', path) ?? false,
      wait: reader.boolean(definition, 'wait', path) ?? true,
      postBuild: readPostBuild(reader, definition.postBuild, `${path}.postBuild`),
    };
  }
  checkDependencies(reader, result);
  return result;
}

function readDependsOn(reader: BodyReader, value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
    reader.problem(`${path}.dependsOn`, `The '${path}.dependsOn' property must be an array of kustomization names.`);
    return [];
  }
  return value as string[];
}

function readPostBuild(reader: BodyReader, value: unknown, path: string): JsonObject | null {
  const postBuild = reader.object(value, path);
  if (!postBuild) return null;
  const result: JsonObject = {};
  const substitute = reader.stringMap(postBuild, 'substitute', path);
  if (substitute) result.substitute = substitute;
  const from = postBuild.substituteFrom;
  if (from !== undefined && from !== null) {
    if (!Array.isArray(from)) reader.problem(`${path}.substituteFrom`, 'substituteFrom must be an array.');
    else {
      result.substituteFrom = from.map((entry: unknown, index) => {
        const itemPath = `${path}.substituteFrom[${index}]`;
        const item = reader.object(entry, itemPath, true) ?? {};
        const kind = reader.string(item, 'kind', itemPath, true);
        if (kind && kind !== 'ConfigMap' && kind !== 'Secret') {
          reader.problem(`${itemPath}.kind`, `The kind '${kind}' is invalid; use ConfigMap or Secret.`);
        }
        const name = reader.string(item, 'name', itemPath, true);
        return { kind, name, optional: reader.boolean(item, 'optional', itemPath) ?? false };
      });
    }
  }
  return result;
}

/** dependsOn must name other kustomizations of the same configuration, without cycles. */
function checkDependencies(reader: BodyReader, kustomizations: Record<string, KustomizationDefinition>): void {
  for (const kustomization of Object.values(kustomizations)) {
    for (const dependency of kustomization.dependsOn) {
      if (dependency === kustomization.name || !(dependency in kustomizations)) {
        reader.problem(
          `properties.kustomizations['${kustomization.name}'].dependsOn`,
          `Kustomization '${kustomization.name}' depends on '${dependency}', which is not another kustomization of this configuration.`,
        );
      }
    }
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string): boolean => {
    if (done.has(name)) return false;
    if (visiting.has(name)) return true;
    visiting.add(name);
    const cyclic = (kustomizations[name]?.dependsOn ?? []).some(
      (dependency) => dependency in kustomizations && visit(dependency),
    );
    visiting.delete(name);
    done.add(name);
    return cyclic;
  };
  for (const name of Object.keys(kustomizations)) {
    if (visit(name)) {
      reader.problem('properties.kustomizations', `The kustomizations' dependsOn form a cycle through '${name}'.`);
      return;
    }
  }
}
