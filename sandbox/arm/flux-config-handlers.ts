// Microsoft.KubernetesConfiguration/fluxConfigurations: GET, list, PUT (201 new / 200 existing, with only the
// example's unpollable Operation-Location), PATCH
// (202, or 200 when nothing changes), DELETE (202, or 204 when absent). Creating or changing one needs a
// healthy microsoft.flux extension on the cluster, as in Azure.

import { routeChildResource } from './child-resource-route.ts';
import { beginReconcile } from './compliance.ts';
import { ArmError, childNotFound } from './errors.ts';
import {
  type FluxConfigurationInput,
  readFluxConfigurationPatch,
  readFluxConfigurationPut,
} from './flux-config-spec.ts';
import type { FluxConfigurationResource, SandboxCluster } from './model.ts';
import { asyncOperationHeaders, existingResourcePutHeaders } from './operations.ts';
import { sameJson } from './same-json.ts';
import { publicKeyForSshSource } from './ssh-key.ts';
import {
  ensureNoRunningOperation,
  type HandlerRequest,
  type HandlerResponse,
  newSystemData,
  type StandInState,
  touchSystemData,
} from './stand-in-state.ts';
import type { StoredFluxConfiguration } from './store.ts';

export function handleFluxConfigurations(context: StandInState, request: HandlerRequest): HandlerResponse {
  return routeChildResource<StoredFluxConfiguration>(
    {
      collection: 'fluxConfigurations',
      all: (ctx, req) => ctx.store.fluxConfigurationsOf(req.cluster),
      find: (ctx, id) => ctx.store.fluxConfigurations.get(id),
      put: putConfiguration,
      patch: (ctx, req, name, existing) => {
        if (!existing) throw childNotFound(req.cluster, 'fluxConfigurations', name);
        return patchConfiguration(ctx, req, existing);
      },
      delete: deleteConfiguration,
    },
    context,
    request,
  );
}

/**
 * Azure needs the agent the extension installs. The service's exact error for this is not documented, so
 * the stand-in answers with ARM's generic 400 BadRequest (never a code of its own) and a message that says
 * what to install or wait for.
 */
function ensureFluxAgent(context: StandInState, cluster: SandboxCluster): void {
  const extension = context.store.fluxExtensionOf(cluster);
  if (!extension) {
    throw new ArmError(
      400,
      'BadRequest',
      `The 'microsoft.flux' extension is not installed on cluster '${cluster.name}'. Install the extension (extensionType 'microsoft.flux') before creating Flux configurations.`,
    );
  }
  const state = extension.resource.properties.provisioningState;
  if (state !== 'Succeeded' && state !== 'Updating') {
    throw new ArmError(
      400,
      'BadRequest',
      `The 'microsoft.flux' extension '${extension.resource.name}' on cluster '${cluster.name}' is in provisioning state '${state}'; Flux configurations can be changed once it is 'Succeeded'.`,
    );
  }
}

function putConfiguration(
  context: StandInState,
  request: HandlerRequest,
  id: string,
  name: string,
  existing: StoredFluxConfiguration | undefined,
): HandlerResponse {
  if (existing) ensureNoRunningOperation(context, id, name);
  const input = readFluxConfigurationPut(request.body, existing?.resource.name ?? name);
  ensureFluxAgent(context, request.cluster);
  if (existing) {
    for (const field of ['scope', 'namespace'] as const) {
      if (existing.resource.properties[field] !== input.spec[field]) {
        throw new ArmError(
          400,
          'InvalidRequestContent',
          `The '${field}' of a Flux configuration cannot be changed after creation.`,
          {
            target: `properties.${field}`,
          },
        );
      }
    }
    // As the published example's 200: only an unpollable Operation-Location; the body's provisioningState
    // (Succeeded when nothing changes, Updating otherwise) is all a client can follow.
    const headers = existingResourcePutHeaders(id);
    if (sameJson(input, currentInput(existing))) {
      return { status: 200, body: structuredClone(existing.resource), headers };
    }
    return { status: 200, body: applyChange(context, request, existing, input).body, headers };
  }
  const resource: FluxConfigurationResource = {
    id,
    name,
    type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
    systemData: newSystemData(),
    properties: {
      ...input.spec,
      statuses: [],
      repositoryPublicKey: publicKeyForSshSource(input),
      sourceSyncedCommitId: null,
      sourceUpdatedAt: null,
      statusUpdatedAt: null,
      complianceState: 'Pending',
      provisioningState: 'Creating',
      errorMessage: '',
    },
  };
  const stored: StoredFluxConfiguration = {
    cluster: request.cluster,
    resource,
    protectedSettings: input.protectedSettings,
    generation: 0,
  };
  context.store.fluxConfigurations.set(id.toLowerCase(), stored);
  context.store.emitConfig('created', stored);
  const operation = startConfigurationOperation(context, stored);
  return {
    status: 201,
    body: structuredClone(resource),
    headers: asyncOperationHeaders(context.operations, request.baseUrl, operation, false),
  };
}

function patchConfiguration(
  context: StandInState,
  request: HandlerRequest,
  existing: StoredFluxConfiguration,
): HandlerResponse {
  ensureNoRunningOperation(context, existing.resource.id, existing.resource.name);
  const current = currentInput(existing);
  const next = readFluxConfigurationPatch(request.body, existing.resource.name, current);
  if (JSON.stringify(next) === JSON.stringify(current)) {
    return { status: 200, body: structuredClone(existing.resource) };
  }
  ensureFluxAgent(context, request.cluster);
  return { ...applyChange(context, request, existing, next), status: 202 };
}

function applyChange(
  context: StandInState,
  request: HandlerRequest,
  stored: StoredFluxConfiguration,
  input: FluxConfigurationInput,
): HandlerResponse {
  stored.generation++; // a pending reconcile of the old spec must not report it Compliant
  // complianceState and statuses stay as the agent last reported them until it reports again (compliance.ts).
  Object.assign(stored.resource.properties, input.spec, {
    provisioningState: 'Updating',
    repositoryPublicKey: publicKeyForSshSource(input, stored.resource.properties.repositoryPublicKey),
  });
  stored.protectedSettings = input.protectedSettings;
  touchSystemData(stored.resource.systemData);
  context.store.emitConfig('updated', stored);
  const operation = startConfigurationOperation(context, stored);
  return {
    status: 200,
    body: structuredClone(stored.resource),
    headers: asyncOperationHeaders(context.operations, request.baseUrl, operation, false),
  };
}

function deleteConfiguration(
  context: StandInState,
  request: HandlerRequest,
  existing: StoredFluxConfiguration | undefined,
): HandlerResponse {
  if (!existing) return { status: 204 };
  ensureNoRunningOperation(context, existing.resource.id, existing.resource.name);
  existing.resource.properties.provisioningState = 'Deleting';
  existing.generation++;
  const operation = context.operations.start({
    resourceId: existing.resource.id,
    collection: 'fluxConfigurations',
    delayMs: context.timing.operationDelayMs,
    onSucceeded: () => {
      context.store.fluxConfigurations.delete(existing.resource.id.toLowerCase());
      context.store.emitConfig('deleted', existing);
    },
    onFailed: (error) => {
      existing.resource.properties.provisioningState = 'Failed';
      existing.resource.properties.errorMessage = error.message;
      context.store.emitConfig('provisioned', existing);
    },
  });
  return { status: 202, headers: asyncOperationHeaders(context.operations, request.baseUrl, operation, true) };
}

function currentInput(stored: StoredFluxConfiguration): FluxConfigurationInput {
  const { properties } = stored.resource;
  return {
    spec: {
      scope: properties.scope,
      namespace: properties.namespace,
      sourceKind: properties.sourceKind,
      suspend: properties.suspend,
      gitRepository: properties.gitRepository,
      bucket: properties.bucket,
      azureBlob: properties.azureBlob,
      kustomizations: properties.kustomizations,
      waitForReconciliation: properties.waitForReconciliation,
      reconciliationWaitDuration: properties.reconciliationWaitDuration,
    },
    protectedSettings: stored.protectedSettings,
  };
}

/**
 * Provisioning ends when the agent accepts the configuration. With waitForReconciliation the operation
 * also waits for the reconcile, so it lasts operationDelayMs + reconcileMs and reports Compliant at once.
 */
function startConfigurationOperation(context: StandInState, stored: StoredFluxConfiguration) {
  const waits = stored.resource.properties.waitForReconciliation === true && !stored.resource.properties.suspend;
  return context.operations.start({
    resourceId: stored.resource.id,
    collection: 'fluxConfigurations',
    delayMs: context.timing.operationDelayMs + (waits ? context.timing.reconcileMs : 0),
    onSucceeded: () => {
      stored.resource.properties.provisioningState = 'Succeeded';
      context.store.emitConfig('provisioned', stored);
      beginReconcile(context, stored, waits);
    },
    onFailed: (error) => {
      stored.generation++;
      stored.resource.properties.provisioningState = 'Failed';
      stored.resource.properties.complianceState = 'Unknown';
      stored.resource.properties.errorMessage = error.message;
      context.store.emitConfig('provisioned', stored);
    },
  });
}
