// Dispatches one parsed request: ARM-level checks (api-version, subscription, resource group, cluster)
// first, as ARM does them before the resource provider sees anything, then the collection's handler.

import { ArmError, clusterNotFound } from './errors.ts';
import { handleExtensions, methodNotAllowed } from './extension-handlers.ts';
import { handleFluxConfigurations } from './flux-config-handlers.ts';
import { parseJsonBody } from './http-io.ts';
import { childResourceId, type SandboxCluster } from './model.ts';
import { routeParentRequest } from './parent-routes.ts';
import { type ArmAddress, checkApiVersion, parseArmPath } from './routes.ts';
import type { HandlerRequest, HandlerResponse, StandInState } from './stand-in-state.ts';

export interface IncomingArmRequest {
  method: string;
  url: URL;
  bodyText: string;
  baseUrl: string;
}

export function routeArmRequest(context: StandInState, incoming: IncomingArmRequest): HandlerResponse {
  const parent = routeParentRequest(context, incoming.method.toUpperCase(), incoming.url);
  if (parent) return parent;
  const address = parseArmPath(incoming.url.pathname);
  checkApiVersion(incoming.url.searchParams, address.collection);
  const cluster = resolveCluster(context, address);
  const method = incoming.method.toUpperCase();
  if (address.operationId !== undefined) {
    return getOperationStatus(context, method, cluster, address, incoming.url.searchParams);
  }
  const request: HandlerRequest = {
    method,
    address,
    cluster,
    body: method === 'PUT' || method === 'PATCH' ? parseJsonBody(incoming.bodyText) : undefined,
    searchParams: incoming.url.searchParams,
    baseUrl: incoming.baseUrl,
  };
  return address.collection === 'extensions'
    ? handleExtensions(context, request)
    : handleFluxConfigurations(context, request);
}

function resolveCluster(context: StandInState, address: ArmAddress): SandboxCluster {
  const { store } = context;
  if (
    !store.clusters.some((cluster) => cluster.subscriptionId.toLowerCase() === address.subscriptionId.toLowerCase())
  ) {
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${address.subscriptionId}' could not be found.`);
  }
  if (!store.hasResourceGroup(address.subscriptionId, address.resourceGroup)) {
    throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${address.resourceGroup}' could not be found.`);
  }
  const cluster = store.findCluster(address);
  if (!cluster)
    throw clusterNotFound(address.clusterRp, address.clusterType, address.clusterName, address.resourceGroup);
  return cluster;
}

/**
 * Operation status resources outlive their resource, so polling a finished DELETE still works.
 *
 * Rules:
 * 1. Only the URL as handed out answers: without its signed query (a URL rebuilt from names) → 404.
 * 2. While Running, `Retry-After` says how many seconds are left, as ARM's status responses do.
 * 3. A `Location` URL (`style=location`) answers 202 while running, 200 once Succeeded, and the operation's
 *    error (400) once Failed, as the Location protocol does.
 */
function getOperationStatus(
  context: StandInState,
  method: string,
  cluster: SandboxCluster,
  address: ArmAddress,
  query: URLSearchParams,
): HandlerResponse {
  if (method !== 'GET') throw methodNotAllowed(method);
  const resourceId = childResourceId(cluster, address.collection, address.resourceName ?? '');
  const operation = context.operations.get(resourceId, address.operationId ?? '');
  if (!operation || !context.operations.verify(operation, query)) {
    throw new ArmError(404, 'NotFound', `The operation '${address.operationId}' was not found on '${resourceId}'.`);
  }
  const secondsLeft = context.operations.secondsLeft(operation);
  const headers = secondsLeft === undefined ? undefined : { 'Retry-After': String(secondsLeft) };
  if (query.get('style') === 'location') {
    if (operation.status === 'Running') return { status: 202, headers };
    if (operation.status === 'Failed') {
      throw new ArmError(400, operation.error?.code ?? 'ResourceOperationFailure', operation.error?.message ?? '', {
        details: operation.error?.details,
      });
    }
    return { status: 200 };
  }
  return { status: 200, body: structuredClone(operation), headers };
}
