import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxSdkClient } from '../../../sandbox/arm/sdk-client.ts';
import { type ArmSandbox, startArmSandbox } from '../../../sandbox/arm/server.ts';
import { createSandboxResourceGraphClient } from '../../../sandbox/resource-graph/sdk-client.ts';
import { type ResourceGraphSandbox, startResourceGraphSandbox } from '../../../sandbox/resource-graph/server.ts';
import { AlertEngine } from '../../../src/alerts/engine/alert-engine.ts';
import { PollBackoff } from '../../../src/alerts/sources/poll-backoff.ts';
import { pollFleet } from '../../../src/alerts/sources/poll-fleet.ts';
import { LateEvents } from '../../../src/alerts/stores/late-events.ts';
import { MuteStore } from '../../../src/alerts/stores/mute-store.ts';
import { ObjectConfigs } from '../../../src/alerts/stores/object-configs.ts';
import { SubscriptionStore } from '../../../src/alerts/stores/subscription-store.ts';
import { WatchedClusters } from '../../../src/alerts/stores/watched-clusters.ts';
import { extensionBody } from '../../../src/azure/bodies/extension-body.ts';
import { fluxConfigurationBody } from '../../../src/azure/bodies/flux-configuration-body.ts';
import { clusterArgs } from '../../../src/azure/cluster-args.ts';
import { extensionModel, fluxConfigurationModel } from '../../../src/azure/sdk-models.ts';
import { parseCommand } from '../../../src/commands/parse.ts';
import type { ClusterTarget, Command } from '../../../src/commands/types.ts';
import { recordingLogger } from '../../support/log-lines.ts';
import { deleteKeys, testPrefix } from '../../support/test-app.ts';

/**
 * Fleet mode against the ARM and Resource Graph stand-ins: two AKS clusters named aks-prod (rg-west,
 * rg-east) and aks-dev. One query; aks-dev is polled; aks-prod follows the watched one, or, with none
 * watched, is not polled and the log names both clusters. Which configurations a cluster's snapshot
 * holds shows whose statuses were fed to the engine.
 */
const SUB = '00000000-0000-0000-0000-000000000000';
const REDIS_URL = 'redis://127.0.0.1:6379';

function parsed<K extends Command['kind']>(text: string, kind: K): Extract<Command, { kind: K }> {
  const result = parseCommand(text, { defaultSubscriptionId: SUB });
  if (!result.ok || result.command.kind !== kind) throw new Error(`${text}: ${JSON.stringify(result)}`);
  return result.command as Extract<Command, { kind: K }>;
}

describe('pollFleet', () => {
  let arm: ArmSandbox;
  let graph: ResourceGraphSandbox;
  let redis: Redis;
  const prefixes: string[] = [];

  beforeAll(async () => {
    arm = await startArmSandbox({
      subscriptionId: SUB,
      operationDelayMs: 10,
      reconcileMs: 10,
      seed: {
        clusters: [
          { resourceGroup: 'rg-west', name: 'aks-prod', clusterType: 'managedClusters' },
          { resourceGroup: 'rg-east', name: 'aks-prod', clusterType: 'managedClusters' },
          { resourceGroup: 'rg-west', name: 'aks-dev', clusterType: 'managedClusters' },
        ],
      },
    });
    const sdk = createSandboxSdkClient(arm, SUB, { retryOptions: { maxRetries: 0 } });
    for (const [group, cluster, config] of [
      ['rg-west', 'aks-prod', 'west-apps'],
      ['rg-east', 'aks-prod', 'east-apps'],
      ['rg-west', 'aks-dev', 'dev-apps'],
    ] as const) {
      const where = `-g ${group} -c ${cluster} -t managedClusters`;
      const extension = parsed(`extension create ${where} -n flux --extension-type microsoft.flux`, 'extension.create');
      await sdk.extensions.beginCreateAndWait(
        ...clusterArgs(extension.target),
        'flux',
        extensionModel(extensionBody(extension)),
        {
          updateIntervalInMs: 10,
        },
      );
      const create = parsed(
        `flux create ${where} -n ${config} --namespace ${config} -u https://github.com/example/${config} --branch main --kustomization name=apps path=./apps`,
        'flux.create',
      );
      await sdk.fluxConfigurations.beginCreateOrUpdateAndWait(
        ...clusterArgs(create.target),
        config,
        fluxConfigurationModel(fluxConfigurationBody(create)),
        { updateIntervalInMs: 10 },
      );
    }
    graph = await startResourceGraphSandbox(arm.world);
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  }, 60_000);
  afterAll(async () => {
    for (const prefix of prefixes) await deleteKeys(REDIS_URL, prefix);
    redis?.disconnect();
    await graph?.close();
    await arm?.close();
  });

  async function poll(watched?: ClusterTarget) {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const { logger, lines } = recordingLogger();
    const clusters = new WatchedClusters(redis, prefix);
    if (watched) await clusters.add(watched);
    const configs = new ObjectConfigs(redis, prefix);
    const engine = new AlertEngine({
      redis,
      prefix,
      notify: { notify: async () => {} },
      subscriptions: new SubscriptionStore(redis, prefix),
      mutes: new MuteStore(redis, prefix),
      clusters,
      configs,
      burst: 10,
      late: new LateEvents(redis, prefix),
      logger,
    });
    const outcome = await pollFleet({
      redis,
      prefix,
      engine,
      configs,
      logger,
      backoff: new PollBackoff(redis, prefix, 60_000),
      graph: createSandboxResourceGraphClient(graph),
      subscriptions: [SUB],
      watched: (cluster) => clusters.get(cluster),
    });
    const snapshot = async (cluster: string) =>
      Object.keys(await redis.hgetall(`${prefix}:alerts:snapshot:${cluster}`)).join(' ');
    return { outcome, lines, snapshot };
  }

  it('follows the watched one of two clusters that share a name', async () => {
    const east = parsed('flux list -g rg-east -c aks-prod -t managedClusters', 'flux.list').target;
    const { outcome, snapshot } = await poll(east);
    expect(outcome).toMatchObject({ status: 'polled', reads: 1, configurations: 3, clusters: 2 });
    expect(await snapshot('aks-prod')).toContain('east-apps');
    expect(await snapshot('aks-prod')).not.toContain('west-apps');
    expect(await snapshot('aks-dev')).toContain('dev-apps');
  });

  it('polls neither when none of them is watched, and names both in the log', async () => {
    const { outcome, lines, snapshot } = await poll();
    expect(outcome).toMatchObject({ status: 'polled', configurations: 3, clusters: 1 });
    expect(await snapshot('aks-prod')).toBe('');
    const warning = lines().find((line) => String(line.msg).startsWith('several clusters share this name'));
    expect(warning).toMatchObject({
      cluster: 'aks-prod',
      clusters: [
        `/subscriptions/${SUB}/resourcegroups/rg-east/providers/microsoft.containerservice/managedclusters/aks-prod`,
        `/subscriptions/${SUB}/resourcegroups/rg-west/providers/microsoft.containerservice/managedclusters/aks-prod`,
      ],
    });
  });
});
