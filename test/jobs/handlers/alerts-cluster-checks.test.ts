import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertsDeps } from '../../../src/alerts/stores/alerts-deps.ts';
import { alertsDeps } from '../../support/handlers/alerts-deps.ts';
import { type Harness, startHarness } from '../../support/handlers/harness.ts';
import { deleteKeys } from '../../support/test-app.ts';

/**
 * Which clusters `alerts setup` and `alerts subscribe` take. Two AKS clusters named aks-prod in two
 * resource groups: alert events name clusters by name alone, so once one is watched, both commands on
 * the other are refused, naming both, with nothing stored (no key, no subscription, the first cluster
 * still the one watched). A cluster Azure does not have is refused the same way, with what it does have.
 */
const PREFIX = `fluxops-test-same-name-${process.pid}`;
const WEST = '-g rg-west -c aks-prod -t managedClusters';
const EAST = '-g rg-east -c aks-prod -t managedClusters';

describe('alerts setup and subscribe: the clusters they take', () => {
  let h: Harness;
  let redis: Redis;
  let alerts: AlertsDeps;

  beforeAll(async () => {
    h = await startHarness({
      seed: {
        clusters: [
          { resourceGroup: 'rg-west', name: 'aks-prod', clusterType: 'managedClusters' },
          { resourceGroup: 'rg-east', name: 'aks-prod', clusterType: 'managedClusters' },
        ],
      },
    });
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    alerts = alertsDeps(redis, PREFIX);
  });
  afterAll(async () => {
    await h?.close();
    await deleteKeys('redis://127.0.0.1:6379', PREFIX);
    redis?.disconnect();
  });

  it('sets the first up, and again, but refuses the second with both named and nothing stored', async () => {
    const first = await h.run(`alerts setup ${WEST}`, undefined, undefined, { alerts });
    expect(first.reply.status).toBe('succeeded');
    expect(first.privately).toHaveLength(1);
    const again = await h.run(`alerts setup ${WEST}`, undefined, undefined, { alerts });
    expect(again.reply.status).toBe('succeeded');

    const keysBefore = await redis.keys(`${PREFIX}:*`);
    const second = await h.run(`alerts setup ${EAST}`, undefined, undefined, { alerts });
    expect(second.reply.status).toBe('failed');
    expect(second.reply.text).toBe(
      'fluxops already watches another cluster named aks-prod (-g rg-west -c aks-prod -t managedClusters). Alerts tell clusters apart by name, so -g rg-east -c aks-prod -t managedClusters cannot be watched as well. Nothing was changed.',
    );
    expect(second.privately).toHaveLength(0);
    expect((await redis.keys(`${PREFIX}:*`)).sort()).toEqual(keysBefore.sort());
    expect(await alerts.clusters.get('aks-prod')).toMatchObject({ resourceGroup: 'rg-west' });
  });

  it('refuses a subscription to the second and adds none, while the first takes one', async () => {
    const refused = await h.run(`alerts subscribe ${EAST} --severity error`, undefined, undefined, { alerts });
    expect(refused.reply.status).toBe('failed');
    expect(refused.reply.text).toContain('-g rg-east -c aks-prod -t managedClusters');
    expect(await alerts.subscriptions.all()).toEqual([]);
    const subscribed = await h.run(`alerts subscribe ${WEST} --severity error`, undefined, undefined, { alerts });
    expect(subscribed.reply.status).toBe('succeeded');
    expect(await alerts.subscriptions.all()).toHaveLength(1);
  });

  it('refuses to set up or subscribe to a cluster Azure does not have, storing nothing', async () => {
    const keysBefore = (await redis.keys(`${PREFIX}:*`)).sort();
    const typo = await h
      .run('alerts setup -g rg-west -c aks-prd -t managedClusters', undefined, undefined, { alerts })
      .catch((e: unknown) => e);
    expect((typo as Error).message).toBe(
      'There is no managedClusters cluster named "aks-prd" in resource group rg-west. Did you mean aks-prod (`-g rg-west -c aks-prod -t managedClusters`)? Clusters in rg-west: aks-prod (managedClusters).',
    );
    const nowhere = await h
      .run('alerts subscribe -g rg-nowhere -c aks-prod -t managedClusters', undefined, undefined, { alerts })
      .catch((e: unknown) => e);
    expect((nowhere as Error).message).toMatch(/^Resource group "rg-nowhere" does not exist/);
    expect((await redis.keys(`${PREFIX}:*`)).sort()).toEqual(keysBefore);
  });
});
