import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { WatchedClusters } from '../../../src/alerts/stores/watched-clusters.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { deleteKeys, testPrefix } from '../../support/test-app.ts';

const redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
const prefixes: string[] = [];
function store(): WatchedClusters {
  const prefix = testPrefix();
  prefixes.push(prefix);
  return new WatchedClusters(redis, prefix);
}

const aks = (resourceGroup: string, subscriptionId?: string): ClusterTarget => ({
  resourceGroup,
  clusterName: 'aks-prod',
  clusterType: 'managedClusters',
  clusterRp: 'Microsoft.ContainerService',
  ...(subscriptionId ? { subscriptionId } : {}),
});

describe('WatchedClusters', () => {
  afterAll(async () => {
    for (const prefix of prefixes) await deleteKeys('redis://127.0.0.1:6379', prefix);
    redis.disconnect();
  });

  it('of two same-named clusters added at once, watches exactly one and names it to the other', async () => {
    const clusters = store();
    const outcomes = await Promise.all([clusters.add(aks('rg-west')), clusters.add(aks('rg-east'))]);
    expect(outcomes.filter((o) => o.watched)).toHaveLength(1);
    const refused = outcomes.find((o) => !o.watched);
    const kept = await clusters.get('AKS-PROD');
    expect(refused).toEqual({ watched: false, other: kept });
    expect(await clusters.all()).toHaveLength(1);
  });

  it('takes the same cluster again, in other case or with its subscription now named, keeping the newest', async () => {
    const clusters = store();
    await clusters.add(aks('rg-west'));
    expect(await clusters.add({ ...aks('RG-WEST'), clusterName: 'AKS-prod' })).toEqual({ watched: true });
    expect(await clusters.add(aks('rg-west', 'sub-1'))).toEqual({ watched: true });
    expect(await clusters.get('aks-prod')).toMatchObject({ subscriptionId: 'sub-1' });
  });

  it('refuses one of that name in another subscription', async () => {
    const clusters = store();
    await clusters.add(aks('rg-west', 'sub-1'));
    expect(await clusters.add(aks('rg-west', 'sub-2'))).toMatchObject({
      watched: false,
      other: { subscriptionId: 'sub-1' },
    });
  });
});
