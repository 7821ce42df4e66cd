// The reads ARM answers above a cluster's children, which a client makes to tell a missing resource group or
// cluster from a missing configuration: the resource group (Microsoft.Resources), the resources in it, and the
// cluster itself at its own provider's api-version. Each is refused at an api-version its provider does not serve.

import { ArmError, clusterNotFound } from './errors.ts';
import type { SandboxCluster } from './model.ts';
import type { HandlerResponse, StandInState } from './stand-in-state.ts';

/** Published api-versions of each provider the stand-in answers for (a subset: the recent stable ones). */
const API_VERSIONS: Record<string, readonly string[]> = {
  'microsoft.resources': ['2021-04-01', '2022-09-01', '2023-07-01', '2024-03-01'],
  'microsoft.kubernetes/connectedclusters': ['2021-10-01', '2024-01-01', '2024-12-01-preview'],
  'microsoft.containerservice/managedclusters': ['2023-10-01', '2024-05-01', '2024-09-01', '2025-01-01'],
  'microsoft.hybridcontainerservice/provisionedclusters': ['2022-09-01-preview', '2024-01-01'],
};

function checkParentApiVersion(query: URLSearchParams, type: string): void {
  const apiVersion = query.get('api-version');
  if (!apiVersion) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  const known = API_VERSIONS[type.toLowerCase()] ?? [];
  if (!known.includes(apiVersion)) {
    throw new ArmError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location 'eastus' and API version '${apiVersion}' for type '${type}'. The supported api-versions are '${known.join(', ')}'.`,
    );
  }
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

function groupOf(context: StandInState, subscriptionId: string, resourceGroup: string): SandboxCluster[] {
  const clusters = context.store.clusters.filter(
    (c) => same(c.subscriptionId, subscriptionId) && same(c.resourceGroup, resourceGroup),
  );
  if (clusters.length === 0) {
    throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`);
  }
  return clusters;
}

function clusterId(c: SandboxCluster): string {
  return `/subscriptions/${c.subscriptionId}/resourceGroups/${c.resourceGroup}/providers/${c.clusterRp}/${c.clusterType}/${c.name}`;
}

/** The cluster as its provider returns it: the properties fluxops reads (identity, distribution) and a few more. */
function clusterBody(c: SandboxCluster): Record<string, unknown> {
  const base = { id: clusterId(c), name: c.name, type: `${c.clusterRp}/${c.clusterType}`, location: c.location };
  if (same(c.clusterType, 'managedClusters')) {
    const clientId = c.servicePrincipalClientId ?? 'msi';
    return {
      ...base,
      ...(clientId === 'msi' ? { identity: { type: 'SystemAssigned' } } : {}),
      properties: {
        provisioningState: 'Succeeded',
        kubernetesVersion: '1.30.5',
        servicePrincipalProfile: { clientId },
      },
    };
  }
  return {
    ...base,
    properties: {
      provisioningState: 'Succeeded',
      connectivityStatus: 'Connected',
      distribution: c.distribution ?? 'generic',
      kubernetesVersion: '1.30.5',
    },
  };
}

/**
 * Answers a parent read, or returns undefined when the path is not one (a KubernetesConfiguration request).
 *
 * Rules:
 * 1. `/subscriptions/{s}/resourceGroups/{g}` → the group, or 404 ResourceGroupNotFound.
 * 2. `…/resourceGroups/{g}/resources` → `{ value: [{ id, name, type, location }] }` of the group's clusters.
 * 3. `…/resourceGroups/{g}/providers/{rp}/{type}/{name}` → the cluster, or 404 ResourceNotFound (ARM's body).
 */
export function routeParentRequest(context: StandInState, method: string, url: URL): HandlerResponse | undefined {
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [subs, subscriptionId = '', groups, resourceGroup = '', fifth, rp = '', type = '', name = ''] = segments;
  if (!same(subs, 'subscriptions') || !same(groups, 'resourceGroups')) return undefined;
  const isGroup = segments.length === 4;
  const isResources = segments.length === 5 && same(fifth, 'resources');
  const isCluster = segments.length === 8 && same(fifth, 'providers');
  if (!isGroup && !isResources && !isCluster) return undefined;
  if (method !== 'GET') {
    throw new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`);
  }
  checkParentApiVersion(url.searchParams, isCluster ? `${rp}/${type}` : 'Microsoft.Resources');
  const clusters = groupOf(context, subscriptionId, resourceGroup);
  if (isGroup) {
    return {
      status: 200,
      body: {
        id: `/subscriptions/${subscriptionId}/resourceGroups/${clusters[0]?.resourceGroup}`,
        name: clusters[0]?.resourceGroup,
        type: 'Microsoft.Resources/resourceGroups',
        location: clusters[0]?.location,
        properties: { provisioningState: 'Succeeded' },
      },
    };
  }
  if (isResources) {
    const value = clusters.map((c) => ({
      id: clusterId(c),
      name: c.name,
      type: `${c.clusterRp}/${c.clusterType}`,
      location: c.location,
    }));
    return { status: 200, body: { value } };
  }
  const cluster = clusters.find((c) => same(c.clusterRp, rp) && same(c.clusterType, type) && same(c.name, name));
  if (!cluster) throw clusterNotFound(rp, type, name, resourceGroup);
  return { status: 200, body: clusterBody(cluster) };
}
