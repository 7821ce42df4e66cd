// Points the real @azure/arm-resourcegraph client at the stand-in, as sandbox/arm/sdk-client.ts does
// for the ARM client: static bearer token, an HTTP client trusting the self-signed certificate.
import { ResourceGraphClient } from '@azure/arm-resourcegraph';
import { sandboxCredential, sandboxHttpClient } from '../arm/sdk-client.ts';

export function createSandboxResourceGraphClient(sandbox: { url: string; caPem: string }): ResourceGraphClient {
  return new ResourceGraphClient(sandboxCredential(), {
    endpoint: sandbox.url,
    httpClient: sandboxHttpClient(sandbox.caPem),
  });
}
