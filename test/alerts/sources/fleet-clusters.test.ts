import { describe, expect, it } from 'vitest';
import type { ConfigurationStatus } from '../../../src/alerts/sources/configuration-status.ts';
import { chooseFleetClusters, clusterIdOf, type FleetCluster } from '../../../src/alerts/sources/fleet-clusters.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';

const SUB = '00000000-0000-0000-0000-000000000000';
const idOf = (group: string, name: string, sub = SUB) =>
  `/subscriptions/${sub}/resourcegroups/${group}/providers/microsoft.containerservice/managedclusters/${name}`;
const status = (config: string): ConfigurationStatus => ({ cluster: 'aks-prod', config, namespace: 'x', objects: [] });
const cluster = (id: string, config: string): FleetCluster => ({ id, statuses: [status(config)] });
const target = (resourceGroup: string, subscriptionId?: string): ClusterTarget => ({
  resourceGroup,
  clusterName: 'AKS-prod',
  clusterType: 'managedClusters',
  clusterRp: 'Microsoft.ContainerService',
  ...(subscriptionId ? { subscriptionId } : {}),
});

describe('clusterIdOf', () => {
  it('cuts a configuration id at its cluster, in lower case', () => {
    expect(
      clusterIdOf(
        `/subscriptions/${SUB}/resourceGroups/RG-West/providers/Microsoft.ContainerService/managedClusters/AKS-prod/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/apps`,
      ),
    ).toBe(idOf('rg-west', 'aks-prod'));
    expect(clusterIdOf('/subscriptions/x/resourceGroups/y')).toBeUndefined();
  });
});

describe('chooseFleetClusters', () => {
  const west = cluster(idOf('rg-west', 'aks-prod'), 'west-apps');
  const east = cluster(idOf('rg-east', 'aks-prod'), 'east-apps');
  const other = cluster(idOf('rg-east', 'aks-prod', '11111111-1111-1111-1111-111111111111'), 'far-apps');

  it('takes a name one cluster has, asking nobody', async () => {
    const choice = await chooseFleetClusters(new Map([['aks-prod', [west]]]), async () => {
      throw new Error('not asked');
    });
    expect(choice).toEqual({ byName: new Map([['aks-prod', west.statuses]]), unsettled: [] });
  });

  it('takes the watched cluster of a shared name, by group, type and name in any case', async () => {
    const choice = await chooseFleetClusters(new Map([['aks-prod', [west, east]]]), async () => target('RG-East'));
    expect(choice.byName.get('aks-prod')).toEqual(east.statuses);
    expect(choice.unsettled).toEqual([]);
  });

  it('tells subscriptions apart when the watched target names one', async () => {
    const choice = await chooseFleetClusters(new Map([['aks-prod', [east, other]]]), async () =>
      target('rg-east', '11111111-1111-1111-1111-111111111111'),
    );
    expect(choice.byName.get('aks-prod')).toEqual(other.statuses);
  });

  it('polls none of a shared name that no watched cluster settles, and names them all', async () => {
    for (const watched of [undefined, target('rg-north')]) {
      const choice = await chooseFleetClusters(new Map([['aks-prod', [west, east]]]), async () => watched);
      expect(choice.byName.size).toBe(0);
      expect(choice.unsettled).toEqual([{ cluster: 'aks-prod', ids: [east.id, west.id] }]);
    }
  });
});
