// Shared test plumbing: a fast sandbox (tens of ms delays), the real SDK pointed at it, and a raw HTTPS
// helper for asserting headers and bodies the SDK hides.
import { request } from 'node:https';
import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { createSandboxSdkClient } from '../../../sandbox/arm/sdk-client.ts';
import { type ArmSandbox, type ArmSandboxOptions, startArmSandbox } from '../../../sandbox/arm/server.ts';

const SUBSCRIPTION_ID = '11111111-2222-3333-4444-555555555555';
export const RG = 'flux-demo-rg';
/** clusterRp, clusterResourceName, clusterName: the SDK's positional cluster arguments. */
export type ClusterArgs = readonly [clusterRp: string, clusterResourceName: string, clusterName: string];
export const ARC: ClusterArgs = ['Microsoft.Kubernetes', 'connectedClusters', 'flux-demo-arc'];
export const AKS: ClusterArgs = ['Microsoft.ContainerService', 'managedClusters', 'flux-demo-aks'];
/** Poll quickly; the sandbox's operations last tens of milliseconds in tests. */
export const FAST = { updateIntervalInMs: 5 } as const;

export async function fastSandbox(options: Partial<ArmSandboxOptions> = {}): Promise<ArmSandbox> {
  return startArmSandbox({ subscriptionId: SUBSCRIPTION_ID, operationDelayMs: 20, reconcileMs: 40, ...options });
}

export function sdkClient(sandbox: ArmSandbox, maxRetries?: number): SourceControlConfigurationClient {
  return createSandboxSdkClient(
    sandbox,
    SUBSCRIPTION_ID,
    maxRetries === undefined ? {} : { retryOptions: { maxRetries, retryDelayInMs: 1 } },
  );
}

export function clusterPath(cluster: ClusterArgs = ARC, resourceGroup = RG): string {
  const [rp, type, name] = cluster;
  return `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${resourceGroup}/providers/${rp}/${type}/${name}/providers/Microsoft.KubernetesConfiguration`;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON
  body: any;
}

/** One HTTPS request to the sandbox with a bearer token; `?api-version=2023-05-01` is added unless present. */
export function armRequest(
  sandbox: ArmSandbox,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: 'Bearer test-token' },
): Promise<RawResponse> {
  const url = new URL(path.startsWith('http') ? path : `${sandbox.url}${path}`);
  if (!url.searchParams.has('api-version') && !path.includes('api-version'))
    url.searchParams.set('api-version', '2023-05-01');
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method,
        ca: sandbox.caPem,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** Polls an Azure-AsyncOperation URL until the operation leaves Running. */
export async function waitForOperation(sandbox: ArmSandbox, asyncOperationUrl: string): Promise<RawResponse> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const response = await armRequest(sandbox, 'GET', asyncOperationUrl);
    if (response.body?.status !== 'Running') return response;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`operation ${asyncOperationUrl} never finished`);
}

export async function until<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 3000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The tutorial's configuration (az k8s-configuration flux create … cluster-config) as an SDK body. */
export const TUTORIAL_CONFIG = {
  scope: 'cluster',
  namespace: 'cluster-config',
  sourceKind: 'GitRepository',
  gitRepository: { url: 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt', repositoryRef: { branch: 'main' } },
  kustomizations: {
    infra: { path: './infrastructure', prune: true },
    apps: { path: './apps/staging', prune: true, dependsOn: ['infra'] },
  },
};

export async function installFlux(client: SourceControlConfigurationClient, cluster: ClusterArgs = ARC): Promise<void> {
  await client.extensions.beginCreateAndWait(RG, ...cluster, 'flux', { extensionType: 'microsoft.flux' }, FAST);
}
