import { describe, expect, it } from 'vitest';
import { closesDrift } from '../../../src/alerts/engine/drift-closure.ts';
import type { FluxObject } from '../../../src/cluster/ops/flux-object.ts';
import { type ReadyMemo, readyTransition } from '../../../src/cluster/watch/ready-signals.ts';

/** Ready as the cluster watchers read it: the cluster's own times, and new releases under Ready=True. */
function helmRelease(version: number, lastDeployed: string, message: string): FluxObject {
  return {
    metadata: { name: 'podinfo', namespace: 'apps', uid: 'uid-podinfo' },
    status: {
      history: [{ version, chartVersion: '6.5.4', lastDeployed }],
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'UpgradeSucceeded',
          message,
          lastTransitionTime: '2026-11-30T09:00:00Z',
        },
      ],
    },
  };
}

describe('readyTransition', () => {
  it('reports a new release under Ready=True at its lastDeployed time, and that closes drift', () => {
    const memo: ReadyMemo = new Map();
    expect(readyTransition('arc', 'HelmRelease', helmRelease(3, '2026-11-30T09:00:00Z', 'v3'), memo)).toBeUndefined();
    const upgraded = readyTransition('arc', 'HelmRelease', helmRelease(4, '2026-11-30T10:30:05Z', 'v4'), memo);
    expect(upgraded).toMatchObject({
      reason: 'UpgradeSucceeded',
      health: 'healthy',
      time: '2026-11-30T10:30:05.000Z',
      source: 'cluster',
    });
    expect(closesDrift(upgraded!)).toBe(true);
    // The same release seen again (a re-list) is not news.
    expect(readyTransition('arc', 'HelmRelease', helmRelease(4, '2026-11-30T10:30:05Z', 'v4'), memo)).toBeUndefined();
  });
});
