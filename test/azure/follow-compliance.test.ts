import type { FluxConfiguration } from '@azure/arm-kubernetesconfiguration';
import { describe, expect, it } from 'vitest';
import { statusesTable } from '../../src/azure/describe-flux-configuration.ts';
import { followCompliance } from '../../src/azure/follow-compliance.ts';

/** Readings a configuration goes through, served in order (the last repeats). */
function readings(...configs: FluxConfiguration[]) {
  let index = 0;
  return async () => configs[Math.min(index++, configs.length - 1)]!;
}

const failing: FluxConfiguration = {
  name: 'cluster-config',
  complianceState: 'Non-Compliant',
  statuses: [
    { kind: 'Kustomization', namespace: 'cluster-config', name: 'cluster-config-infra', complianceState: 'Compliant' },
    {
      kind: 'HelmRelease',
      namespace: 'cluster-config',
      name: 'nginx',
      complianceState: 'Non-Compliant',
      statusConditions: [{ type: 'Ready', status: 'False', reason: 'InstallFailed', message: 'chart pull error: 404' }],
    },
  ],
};

describe('followCompliance', () => {
  it('follows Pending until Non-Compliant and exposes the failing objects with reason and message', async () => {
    const seen: string[] = [];
    const outcome = await followCompliance({
      read: readings({ complianceState: 'Unknown' }, { complianceState: 'Pending' }, failing),
      deadlineMs: 5_000,
      intervalsMs: [5],
      onChange: (c) => {
        seen.push(c.complianceState ?? '');
      },
    });
    expect(outcome.settled).toBe(true);
    expect(outcome.history).toEqual(['Unknown', 'Pending', 'Non-Compliant']);
    expect(seen).toEqual(['Unknown', 'Pending', 'Non-Compliant']);
    expect(statusesTable(outcome.config, true)?.rows).toEqual([
      ['HelmRelease', 'cluster-config', 'nginx', 'Non-Compliant', 'InstallFailed', 'chart pull error: 404'],
    ]);
  });

  it('treats Suspended as settled and a Failed provisioning as the end', async () => {
    expect(
      (
        await followCompliance({
          read: readings({ complianceState: 'Suspended' }),
          deadlineMs: 1_000,
          intervalsMs: [5],
        })
      ).settled,
    ).toBe(true);
    const failed = await followCompliance({
      read: readings({ complianceState: 'Pending', provisioningState: 'Failed' }),
      deadlineMs: 1_000,
      intervalsMs: [5],
    });
    expect(failed.settled).toBe(true);
  });

  it('gives up at the deadline without settling', async () => {
    const started = Date.now();
    const outcome = await followCompliance({
      read: readings({ complianceState: 'Pending' }),
      deadlineMs: 120,
      intervalsMs: [20, 40],
    });
    expect(outcome.settled).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('after a write counts only readings the agent reported after it, and says so while it waits', async () => {
    const written = new Date('2026-01-01T10:00:00Z');
    const systemData = { lastModifiedAt: written };
    const stale: string[] = [];
    const outcome = await followCompliance({
      read: readings(
        { complianceState: 'Compliant', statusUpdatedAt: new Date('2026-01-01T09:59:00Z'), systemData },
        { complianceState: 'Compliant', statusUpdatedAt: written, systemData },
        { complianceState: 'Pending', statusUpdatedAt: new Date('2026-01-01T10:00:05Z'), systemData },
        { complianceState: 'Suspended', statusUpdatedAt: new Date('2026-01-01T10:00:09Z'), systemData },
      ),
      afterWrite: true,
      deadlineMs: 5_000,
      intervalsMs: [5],
      onStale: (c) => {
        stale.push(c.complianceState ?? '');
      },
    });
    expect(stale).toEqual(['Compliant', 'Compliant']);
    expect(outcome).toMatchObject({ settled: true, stale: false, history: ['Pending', 'Suspended'] });
  });

  it('after a write ends stale at the deadline when the agent never reports', async () => {
    const outcome = await followCompliance({
      read: readings({
        complianceState: 'Compliant',
        statusUpdatedAt: null as never,
        systemData: { lastModifiedAt: new Date() },
      }),
      afterWrite: true,
      deadlineMs: 60,
      intervalsMs: [10],
    });
    expect(outcome).toMatchObject({ settled: false, stale: true, history: [] });
  });
});
