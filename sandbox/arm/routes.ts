// Turns a request path into the ARM address it names, or says why it names nothing.
// Literal segments are matched case-insensitively, as ARM does; names keep the caller's casing.
import { ArmError } from './errors.ts';
import { API_VERSION, PROVIDER_NAMESPACE, type ResourceCollection } from './model.ts';

export interface ClusterAddress {
  subscriptionId: string;
  resourceGroup: string;
  clusterRp: string;
  clusterType: string;
  clusterName: string;
}

export interface ArmAddress extends ClusterAddress {
  collection: ResourceCollection;
  /** Absent for list requests. */
  resourceName?: string;
  /** Present for `…/{name}/operations/{operationId}`. */
  operationId?: string;
}

const COLLECTIONS: Record<string, ResourceCollection> = {
  extensions: 'extensions',
  fluxconfigurations: 'fluxConfigurations',
};

function segmentIs(segment: string | undefined, literal: string): boolean {
  return segment !== undefined && segment.toLowerCase() === literal.toLowerCase();
}

export function parseArmPath(pathname: string): ArmAddress {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [subs, subscriptionId, rgs, resourceGroup, providers, clusterRp, clusterType, clusterName] = segments;
  const [providers2, namespace, collectionName, resourceName, operations, operationId, ...rest] = segments.slice(8);
  const shapeOk =
    segmentIs(subs, 'subscriptions') &&
    segmentIs(rgs, 'resourceGroups') &&
    segmentIs(providers, 'providers') &&
    segmentIs(providers2, 'providers') &&
    subscriptionId &&
    resourceGroup &&
    clusterRp &&
    clusterType &&
    clusterName &&
    collectionName &&
    rest.length === 0 &&
    (operations === undefined || (segmentIs(operations, 'operations') && operationId));
  if (!shapeOk) {
    throw new ArmError(
      404,
      'InvalidRequestUri',
      `The request URI '${pathname}' is not a Microsoft.KubernetesConfiguration resource.`,
    );
  }
  const collection = COLLECTIONS[collectionName.toLowerCase()];
  if (!segmentIs(namespace, PROVIDER_NAMESPACE) || !collection) {
    throw new ArmError(
      404,
      'InvalidResourceType',
      `The resource type '${collectionName}' could not be found in the namespace '${namespace}' for api version '${API_VERSION}'.`,
    );
  }
  return { subscriptionId, resourceGroup, clusterRp, clusterType, clusterName, collection, resourceName, operationId };
}

/**
 * The published stable api-versions of Microsoft.KubernetesConfiguration that serve both collections. The
 * stand-in answers all of them in the 2023-05-01 shape (the one fluxops' SDK speaks).
 */
const API_VERSIONS = ['2022-03-01', '2022-07-01', '2022-11-01', '2023-05-01', '2024-11-01'];

/** ARM rejects a missing or unknown api-version before any provider sees the request. */
export function checkApiVersion(searchParams: URLSearchParams, collection: string): void {
  const apiVersion = searchParams.get('api-version');
  if (!apiVersion) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (!API_VERSIONS.includes(apiVersion)) {
    throw new ArmError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for API version '${apiVersion}' and type '${collection}'. The supported api-versions are '${API_VERSIONS.join(', ')}'.`,
    );
  }
}
