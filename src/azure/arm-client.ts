import { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import { AzureAuthorityHosts, DefaultAzureCredential } from '@azure/identity';
import type { AzureCloud } from '../platform/config.ts';
import { armMetricsPolicy } from './arm-metrics-policy.ts';

// Builds the real ARM client. Production: DefaultAzureCredential (managed identity, workload
// identity, env service principal, az login…) against the cloud's ARM endpoint. Sandbox: the
// caller passes the stand-in's credential and an HTTP client that trusts its CA. Extra corporate
// CAs come from NODE_EXTRA_CA_CERTS, which Node's TLS stack already honours.

const ARM_ENDPOINTS: Record<AzureCloud, string> = {
  AzurePublicCloud: 'https://management.azure.com',
  AzureChinaCloud: 'https://management.chinacloudapi.cn',
  AzureUSGovernment: 'https://management.usgovcloudapi.net',
};

const AUTHORITIES: Record<AzureCloud, string> = {
  AzurePublicCloud: AzureAuthorityHosts.AzurePublicCloud,
  AzureChinaCloud: AzureAuthorityHosts.AzureChina,
  AzureUSGovernment: AzureAuthorityHosts.AzureGovernment,
};

export function armEndpointFor(cloud: AzureCloud, override?: string): string {
  return (override ?? ARM_ENDPOINTS[cloud]).replace(/\/+$/, '');
}

export interface ArmClientOptions {
  subscriptionId: string;
  endpoint: string;
  credential: TokenCredential;
  httpClient?: HttpClient;
}

export function productionCredential(cloud: AzureCloud): TokenCredential {
  return new DefaultAzureCredential({ authorityHost: AUTHORITIES[cloud] });
}

export function createArmClient(options: ArmClientOptions): SourceControlConfigurationClient {
  const client = new SourceControlConfigurationClient(options.credential, options.subscriptionId, {
    endpoint: options.endpoint,
    credentialScopes: [`${options.endpoint}/.default`],
    httpClient: options.httpClient,
    // Our worker owns retries (BullMQ attempts honour Retry-After); the SDK's own would hide them.
    retryOptions: { maxRetries: 0 },
  });
  client.pipeline.addPolicy(armMetricsPolicy());
  return client;
}
