/**
 * An accepted ARM long-running operation, reduced to what is needed to poll it again from another
 * process: the `Azure-AsyncOperation` URL and the parts of it the SDK's status getters take.
 * It is JSON-safe because it is stored in the job (see jobs/handlers/support/operation-journal.ts).
 */
type OperationCollection = 'fluxConfigurations' | 'extensions';

export interface OperationRef {
  url: string;
  collection: OperationCollection;
  /** Name of the flux configuration or extension the operation runs on. */
  resourceName: string;
  operationId: string;
  method: 'PUT' | 'PATCH' | 'DELETE';
  acceptedAt: string;
}

const OPERATION_PATH =
  /\/providers\/Microsoft\.KubernetesConfiguration\/(fluxConfigurations|extensions)\/([^/?#]+)\/operations\/([^/?#]+)/i;

/**
 * Reads an `Azure-AsyncOperation` URL. Returns undefined for shapes we cannot poll through the SDK
 * (the published examples contain some; we never guess).
 */
export function parseOperationUrl(url: string, method: OperationRef['method']): OperationRef | undefined {
  const match = OPERATION_PATH.exec(url);
  if (!match) return undefined;
  const collection = match[1]!.toLowerCase() === 'extensions' ? 'extensions' : 'fluxConfigurations';
  return {
    url,
    collection,
    resourceName: decodeURIComponent(match[2]!),
    operationId: decodeURIComponent(match[3]!),
    method,
    acceptedAt: new Date().toISOString(),
  };
}
