// Microsoft.KubernetesConfiguration/extensions: GET, list, PUT (201 new / 200 existing, with only the example's
// unpollable Operation-Location), PATCH (202, or 200
// when nothing changes), DELETE (202, or 204 when absent). Writes run as long-running operations.
import { routeChildResource } from './child-resource-route.ts';
import { agentInstalled, agentRemoved } from './compliance.ts';
import { ArmError, childNotFound } from './errors.ts';
import {
  type ExtensionSpec,
  isFluxType,
  readExtensionPatch,
  readExtensionPut,
  targetVersion,
} from './extension-spec.ts';
import type { ErrorDetail, ExtensionResource } from './model.ts';
import { asyncOperationHeaders, existingResourcePutHeaders } from './operations.ts';
import { sameJson } from './same-json.ts';
import {
  ensureNoRunningOperation,
  type HandlerRequest,
  type HandlerResponse,
  newSystemData,
  type StandInState,
  touchSystemData,
} from './stand-in-state.ts';
import type { StoredExtension } from './store.ts';

export function handleExtensions(context: StandInState, request: HandlerRequest): HandlerResponse {
  return routeChildResource<StoredExtension>(
    {
      collection: 'extensions',
      all: (ctx, req) => ctx.store.extensionsOf(req.cluster),
      find: (ctx, id) => ctx.store.extensions.get(id),
      put: putExtension,
      patch: patchExtension,
      delete: deleteExtension,
    },
    context,
    request,
  );
}

export { methodNotAllowed } from './child-resource-route.ts';

/** Rebuilds the user-settable spec from what is stored, so PATCH can merge into it. */
function specOf(stored: StoredExtension): ExtensionSpec {
  const { properties } = stored.resource;
  return {
    extensionType: properties.extensionType,
    autoUpgradeMinorVersion: properties.autoUpgradeMinorVersion,
    releaseTrain: properties.releaseTrain,
    version: properties.version,
    scope: properties.scope,
    configurationSettings: properties.configurationSettings,
    protectedSettings: stored.protectedSettings,
    wantsIdentity: stored.resource.identity !== undefined,
  };
}

function putExtension(
  context: StandInState,
  request: HandlerRequest,
  id: string,
  name: string,
  existing: StoredExtension | undefined,
): HandlerResponse {
  if (existing) ensureNoRunningOperation(context, id, name);
  const currentVersion = existing?.resource.properties.currentVersion ?? null;
  const spec = readExtensionPut(request.body);
  if (existing && existing.resource.properties.extensionType.toLowerCase() !== spec.extensionType.toLowerCase()) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      "The 'properties.extensionType' of an extension cannot be changed.",
      {
        target: 'properties.extensionType',
      },
    );
  }
  const otherFlux = context.store.fluxExtensionOf(request.cluster);
  if (!existing && isFluxType(spec.extensionType) && otherFlux) {
    throw new ArmError(
      409,
      'ExtensionTypeAlreadyInstalled',
      `Extension type 'microsoft.flux' is already installed on cluster '${request.cluster.name}' as extension '${otherFlux.resource.name}'. Only one instance is allowed per cluster.`,
    );
  }
  if (existing && sameJson(spec, specOf(existing)) && targetVersion(spec, currentVersion) === currentVersion) {
    return { status: 200, body: structuredClone(existing.resource), headers: existingResourcePutHeaders(id) };
  }
  const resource: ExtensionResource = existing?.resource ?? {
    id,
    name,
    type: 'Microsoft.KubernetesConfiguration/extensions',
    systemData: newSystemData(),
    properties: {
      ...applySpec(spec),
      provisioningState: 'Creating',
      currentVersion: null,
      statuses: [],
      errorInfo: null,
      isSystemExtension: false,
    },
  };
  if (existing) {
    Object.assign(resource.properties, applySpec(spec), { provisioningState: 'Updating', errorInfo: null });
    touchSystemData(resource.systemData);
  }
  if (spec.wantsIdentity && request.cluster.clusterType.toLowerCase() !== 'managedclusters' && !resource.identity) {
    // Arc-style clusters get a system-assigned identity; AKS uses the cluster's own (none is returned here).
    resource.identity = { type: 'SystemAssigned', principalId: crypto.randomUUID(), tenantId: crypto.randomUUID() };
  }
  const stored: StoredExtension = existing ?? { cluster: request.cluster, resource, protectedSettings: {} };
  stored.protectedSettings = spec.protectedSettings;
  context.store.extensions.set(id.toLowerCase(), stored);
  context.store.emitExtension(existing ? 'updated' : 'created', stored);
  const operation = startExtensionOperation(context, stored, targetVersion(spec, currentVersion));
  // As the published example's 200: a PUT on an existing extension gets only an unpollable Operation-Location.
  return existing
    ? { status: 200, body: structuredClone(resource), headers: existingResourcePutHeaders(id) }
    : {
        status: 201,
        body: structuredClone(resource),
        headers: asyncOperationHeaders(context.operations, request.baseUrl, operation, false),
      };
}

function patchExtension(
  context: StandInState,
  request: HandlerRequest,
  name: string,
  existing: StoredExtension | undefined,
): HandlerResponse {
  if (!existing) throw childNotFound(request.cluster, 'extensions', name);
  ensureNoRunningOperation(context, existing.resource.id, name);
  const currentVersion = existing.resource.properties.currentVersion;
  const before = specOf(existing);
  const spec = readExtensionPatch(request.body, before);
  const unchanged =
    JSON.stringify(spec) === JSON.stringify(before) && targetVersion(spec, currentVersion) === currentVersion;
  if (unchanged) return { status: 200, body: structuredClone(existing.resource) };

  Object.assign(existing.resource.properties, applySpec(spec), { provisioningState: 'Updating', errorInfo: null });
  existing.protectedSettings = spec.protectedSettings;
  touchSystemData(existing.resource.systemData);
  context.store.emitExtension('updated', existing);
  const operation = startExtensionOperation(context, existing, targetVersion(spec, currentVersion));
  return {
    status: 202,
    body: structuredClone(existing.resource),
    headers: asyncOperationHeaders(context.operations, request.baseUrl, operation, false),
  };
}

/**
 * Real ARM lets an extension be deleted while Flux configurations still use it (the bot must guard that);
 * the configurations stay in ARM but nothing reports their status any more.
 */
function deleteExtension(
  context: StandInState,
  request: HandlerRequest,
  existing: StoredExtension | undefined,
): HandlerResponse {
  if (!existing) return { status: 204 };
  ensureNoRunningOperation(context, existing.resource.id, existing.resource.name);
  existing.resource.properties.provisioningState = 'Deleting';
  const operation = context.operations.start({
    resourceId: existing.resource.id,
    collection: 'extensions',
    delayMs: context.timing.operationDelayMs,
    onSucceeded: () => {
      context.store.extensions.delete(existing.resource.id.toLowerCase());
      context.store.emitExtension('deleted', existing);
      if (isFluxType(existing.resource.properties.extensionType)) agentRemoved(context, existing.cluster);
    },
    onFailed: (error) => markFailed(context, existing, error),
  });
  return { status: 202, headers: asyncOperationHeaders(context.operations, request.baseUrl, operation, true) };
}

function applySpec(spec: ExtensionSpec) {
  return {
    extensionType: spec.extensionType,
    autoUpgradeMinorVersion: spec.autoUpgradeMinorVersion,
    releaseTrain: spec.releaseTrain,
    version: spec.version,
    scope: spec.scope,
    configurationSettings: spec.configurationSettings,
  };
}

function startExtensionOperation(context: StandInState, stored: StoredExtension, version: string) {
  return context.operations.start({
    resourceId: stored.resource.id,
    collection: 'extensions',
    delayMs: context.timing.operationDelayMs,
    onSucceeded: () => {
      stored.resource.properties.provisioningState = 'Succeeded';
      stored.resource.properties.currentVersion = version;
      stored.resource.properties.statuses = [];
      context.store.emitExtension('provisioned', stored);
      if (isFluxType(stored.resource.properties.extensionType)) agentInstalled(context, stored.cluster);
    },
    onFailed: (error) => markFailed(context, stored, error),
  });
}

function markFailed(context: StandInState, stored: StoredExtension, error: ErrorDetail): void {
  const { properties } = stored.resource;
  properties.provisioningState = 'Failed';
  properties.errorInfo = { code: error.code, message: error.message };
  properties.statuses = [
    {
      code: error.code,
      displayStatus: 'Failed',
      level: 'Error',
      message: error.message,
      time: new Date().toISOString(),
    },
  ];
  context.store.emitExtension('provisioned', stored);
}
