import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { createSerializer, type FullOperationResponse, type OperationSpec } from '@azure/core-client';

const serializer = createSerializer({}, false);

const GET_ANY: OperationSpec = {
  httpMethod: 'GET',
  path: '{path}',
  urlParameters: [
    {
      parameterPath: 'path',
      mapper: { serializedName: 'path', required: true, type: { name: 'String' } },
      // The caller encodes each name; the slashes between them must stay.
      skipEncoding: true,
    },
  ],
  queryParameters: [
    {
      parameterPath: 'apiVersion',
      mapper: { serializedName: 'api-version', required: true, type: { name: 'String' } },
    },
  ],
  headerParameters: [
    {
      parameterPath: 'accept',
      mapper: {
        serializedName: 'Accept',
        isConstant: true,
        defaultValue: 'application/json',
        type: { name: 'String' },
      },
    },
  ],
  responses: { 200: {}, default: {} },
  serializer,
};

/**
 * GET of any ARM resource (a resource group, a cluster) through the ARM client's own pipeline, so it goes to
 * the same endpoint with the same token and TLS settings as every SDK call.
 *
 * Rules:
 * 1. `segments` are names, each URI-encoded here; they are joined under `/`.
 * 2. 200 → the parsed JSON body; any other status throws the SDK's RestError (statusCode 404 for a missing
 *    resource), as the SDK's own getters do.
 */
export async function armGet<T>(
  arm: SourceControlConfigurationClient,
  segments: readonly string[],
  apiVersion: string,
): Promise<T> {
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  let body: unknown;
  const options = { onResponse: (raw: FullOperationResponse) => (body = raw.parsedBody) };
  await arm.sendOperationRequest({ path, apiVersion, options }, GET_ANY);
  return body as T;
}
