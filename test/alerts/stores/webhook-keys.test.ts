import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookIdOf } from '../../../src/alerts/sources/webhook-id.ts';
import { WebhookKeys } from '../../../src/alerts/stores/webhook-keys.ts';
import { clusterResourceId } from '../../../src/azure/cluster-resource-id.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';
import { deletePrefixedKeys } from '../../../src/platform/delete-prefixed-keys.ts';
import { createSealer } from '../../../src/platform/seal.ts';
import { TEST_SECRET_KEY } from '../../support/alerts/alerts-app.ts';

/** Webhook keys: one per cluster ARM id, never replaced without rotate, the old one valid for the grace only. */
describe('webhook keys', () => {
  const prefix = `{fluxops-test-keys-${randomBytes(4).toString('hex')}}`;
  const sealer = createSealer(TEST_SECRET_KEY);
  let redis: Redis;

  const cluster = (resourceGroup: string): ClusterTarget => ({
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    resourceGroup,
    clusterName: 'prod',
    clusterType: 'managedClusters',
    clusterRp: 'Microsoft.ContainerService',
  });
  const idOf = (target: ClusterTarget) => webhookIdOf(clusterResourceId(target, 'unused'), target.clusterName);

  beforeAll(() => {
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  });
  afterAll(async () => {
    await deletePrefixedKeys(redis, prefix);
    redis?.disconnect();
  });

  it('gives two clusters of one name in different resource groups different ids and keys', async () => {
    const keys = new WebhookKeys(redis, prefix, sealer);
    const east = idOf(cluster('rg-east'));
    const west = idOf(cluster('rg-west'));
    expect(east).not.toBe(west);
    expect(east).toMatch(/^prod\/[0-9a-f]{32}$/);
    // ARM compares ids without case: the same cluster typed in another case is the same cluster.
    expect(idOf(cluster('RG-EAST'))).toBe(east);
    const a = await keys.issue(east, { rotate: false });
    const b = await keys.issue(west, { rotate: false });
    expect(a.outcome).toBe('created');
    expect(a.key).not.toBe(b.key);
    expect(await keys.valid(west)).toEqual([b.key]);
  });

  it('hands out the stored key again without rotate, and never stores it in clear', async () => {
    const keys = new WebhookKeys(redis, prefix, sealer);
    const id = idOf(cluster('rg-again'));
    const first = await keys.issue(id, { rotate: false });
    const again = await keys.issue(id, { rotate: false });
    expect(again).toEqual({ key: first.key, outcome: 'existing' });
    expect(JSON.stringify(await redis.keys(`${prefix}*`))).not.toContain(first.key);
    expect(await redis.get(`${prefix}:alerts:webhook-key:${id}`)).not.toContain(first.key);
  });

  it('keeps the rotated-out key valid for the grace and drops it after (grace by setting, not by waiting)', async () => {
    const day = new WebhookKeys(redis, prefix, sealer, 24 * 3_600_000);
    const id = idOf(cluster('rg-rotate'));
    const old = await day.issue(id, { rotate: false });
    const rotated = await day.issue(id, { rotate: true });
    expect(rotated.outcome).toBe('rotated');
    expect(rotated.previousValidUntil!.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect(await day.valid(id)).toEqual([rotated.key, old.key]);

    const none = new WebhookKeys(redis, prefix, sealer, 0);
    const next = await none.issue(id, { rotate: true });
    expect(await none.valid(id)).toEqual([next.key]);
  });
});
