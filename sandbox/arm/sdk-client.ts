// Points the real Azure SDK at the stand-in: a static bearer token (the SDK insists on one, and only over
// https) and an HTTP client that trusts the sandbox's self-signed certificate.
import { Agent } from 'node:https';
import {
  SourceControlConfigurationClient,
  type SourceControlConfigurationClientOptionalParams,
} from '@azure/arm-kubernetesconfiguration';
import type { TokenCredential } from '@azure/core-auth';
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';

export function sandboxCredential(token = 'fluxops-sandbox-token'): TokenCredential {
  return {
    getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 60 * 60 * 1000 }),
  };
}

/**
 * The SDK's own default client with an https.Agent that trusts `caPem`. core-rest-pipeline honours
 * `request.agent` on Node, so everything else (proxies off, compression, streaming) stays as in production.
 */
export function sandboxHttpClient(caPem: string): HttpClient {
  const agent = new Agent({ ca: caPem, keepAlive: true });
  const inner = createDefaultHttpClient();
  return {
    sendRequest: (request) => {
      request.agent = agent;
      return inner.sendRequest(request);
    },
  };
}

/** A SourceControlConfigurationClient wired to a running sandbox. */
export function createSandboxSdkClient(
  sandbox: { url: string; caPem: string },
  subscriptionId: string,
  options: SourceControlConfigurationClientOptionalParams = {},
): SourceControlConfigurationClient {
  return new SourceControlConfigurationClient(sandboxCredential(), subscriptionId, {
    ...options,
    endpoint: sandbox.url,
    httpClient: sandboxHttpClient(sandbox.caPem),
  });
}
