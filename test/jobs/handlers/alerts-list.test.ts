import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertsDeps } from '../../../src/alerts/stores/alerts-deps.ts';
import { alertsDeps } from '../../support/handlers/alerts-deps.ts';
import { type Harness, startHarness } from '../../support/handlers/harness.ts';
import { deleteKeys } from '../../support/test-app.ts';

/** `alerts list --history`: the events that arrived older than their object's state, recorded not dropped. */
const PREFIX = `fluxops-test-alerts-list-${process.pid}`;

describe('alerts list --history', () => {
  let h: Harness;
  let redis: Redis;
  let alerts: AlertsDeps;

  beforeAll(async () => {
    h = await startHarness();
    redis = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
    alerts = alertsDeps(redis, PREFIX);
  });
  afterAll(async () => {
    await h?.close();
    await deleteKeys('redis://127.0.0.1:6379', PREFIX);
    redis?.disconnect();
  });

  it('says so when nothing arrived late, then lists what did, newest first', async () => {
    const empty = await h.run('alerts list --history', undefined, undefined, { alerts });
    expect(empty.reply.text).toContain("No event arrived older than its object's state.");
    const late = {
      cluster: 'flux-demo-arc',
      kind: 'Kustomization',
      namespace: 'cluster-config',
      name: 'cluster-config-apps',
      severity: 'info' as const,
      reason: 'ReconciliationSucceeded',
      message: 'Applied revision: main@sha1:5f1c3b0e',
      time: '2026-11-30T09:00:00.000Z',
      source: 'webhook' as const,
    };
    await alerts.late.record(late, 'health', '2026-11-30T10:00:00.000Z');
    const { reply } = await h.run('alerts list --history', undefined, undefined, { alerts });
    expect(reply.tables?.at(-1)?.rows).toEqual([
      [
        'Kustomization/cluster-config/cluster-config-apps',
        'flux-demo-arc',
        'ReconciliationSucceeded',
        '2026-11-30T09:00:00.000Z',
        '2026-11-30T10:00:00.000Z',
        'webhook',
      ],
    ]);
    // Without --history, subscriptions only.
    const plain = await h.run('alerts list', undefined, undefined, { alerts });
    expect(plain.reply.tables).toBeUndefined();
  });
});
