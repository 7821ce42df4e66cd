import type { SourceControlConfigurationClient } from '@azure/arm-kubernetesconfiguration';
import { armEndpointFor, createArmClient, productionCredential } from '../src/azure/arm-client.ts';
import type { Config } from '../src/platform/config.ts';

/** One ARM client per subscription, made on first use; `arm` is the configured subscription's. */
export interface ArmClients {
  arm: SourceControlConfigurationClient;
  for(subscriptionId: string): SourceControlConfigurationClient;
}

export function armClients(
  config: Config,
  make: (subscriptionId: string) => SourceControlConfigurationClient = productionArmClient(config),
): ArmClients {
  const clients = new Map<string, SourceControlConfigurationClient>();
  const forSubscription = (subscriptionId: string) => {
    let client = clients.get(subscriptionId);
    if (!client) {
      client = make(subscriptionId);
      clients.set(subscriptionId, client);
    }
    return client;
  };
  return { arm: forSubscription(config.azure.subscriptionId), for: forSubscription };
}

function productionArmClient(config: Config): (subscriptionId: string) => SourceControlConfigurationClient {
  const endpoint = armEndpointFor(config.azure.cloud, config.azure.armEndpoint);
  const credential = productionCredential(config.azure.cloud);
  return (subscriptionId) => createArmClient({ subscriptionId, endpoint, credential });
}
