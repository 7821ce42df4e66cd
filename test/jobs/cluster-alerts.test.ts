import { describe, expect, it } from 'vitest';
import { clusterEventId, clusterEventsToAlerts } from '../../jobs/cluster-alerts.ts';
import type { FluxEvent } from '../../src/alerts/engine/flux-event.ts';
import type { FluxEventSink } from '../../src/alerts/sources/flux-event-sink.ts';
import type { ClusterFluxEvent } from '../../src/cluster/watch/cluster-event.ts';
import { createLogger } from '../../src/platform/logger.ts';

/** Watcher events reach the alert-events queue under content ids, so a re-listed event is the same job. */
const failing: ClusterFluxEvent = {
  cluster: 'flux-demo-arc',
  kind: 'HelmRelease',
  namespace: 'cluster-config',
  name: 'podinfo',
  severity: 'error',
  reason: 'UpgradeFailed',
  message: 'Helm upgrade failed',
  time: '2026-01-01T00:00:01.000Z',
  health: 'failing',
  source: 'cluster',
};

class RecordingSink implements FluxEventSink {
  readonly added: { event: FluxEvent; id: string }[] = [];
  async enqueue(event: FluxEvent, id: string): Promise<void> {
    this.added.push({ event, id });
  }
}

describe('cluster events to alerts', () => {
  it('enqueues the same event, reported again after a watch restart, under the same id', async () => {
    const sink = new RecordingSink();
    const seen: ClusterFluxEvent[] = [];
    const port = clusterEventsToAlerts({ sink, logger: createLogger('silent'), observe: (e) => seen.push(e) });
    await port.onEvent(failing);
    await port.onEvent({ ...failing });
    await port.onEvent({ ...failing, time: '2026-01-01T00:05:00.000Z' });
    expect(sink.added.map((a) => a.event)).toEqual([
      failing,
      failing,
      { ...failing, time: '2026-01-01T00:05:00.000Z' },
    ]);
    const [first, again, later] = sink.added.map((a) => a.id);
    expect(first).toMatch(/^ce-[0-9a-f]{40}$/);
    expect(again).toBe(first);
    expect(later).not.toBe(first);
    expect(seen).toHaveLength(3);
  });

  it('gives different objects and reasons different ids', () => {
    const ids = new Set([
      clusterEventId(failing),
      clusterEventId({ ...failing, name: 'nginx' }),
      clusterEventId({ ...failing, reason: 'UpgradeSucceeded', health: 'healthy' }),
      clusterEventId({ ...failing, cluster: 'flux-demo-aks' }),
    ]);
    expect(ids.size).toBe(4);
  });

  it('keeps going when the queue is unavailable', async () => {
    const sink: FluxEventSink = {
      enqueue: async () => {
        throw new Error('Connection is closed.');
      },
    };
    const port = clusterEventsToAlerts({ sink, logger: createLogger('silent') });
    await expect(port.onEvent(failing)).resolves.toBeUndefined();
  });
});
